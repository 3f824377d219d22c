package io.github.lambdaops.emulator;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the emulator from the command line until killed, with a flag for every setting ({@code --help} lists
 * them): {@code Main --port 9001 --region eu-west-1 --state-transition-delay 500}.
 */
public final class Main {
    private static final String USAGE = "Usage: java -cp ... " + Main.class.getName() + " [FLAG VALUE | FLAG=VALUE]...";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            printHelp(System.out);
            return;
        }
        EmulatorSettings settings;
        try {
            settings = settingsOf(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.err.println("Run with --help for the flags.");
            System.exit(2);
            return;
        }
        LambdaEmulator emulator = LambdaEmulator.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "lambda-emulator-shutdown"));
        System.out.println("AWS Lambda emulator listening on " + emulator.endpoint());
        System.out.flush();
        stopped.await();
    }

    /** The settings the flags give; an unknown flag, a missing value or a value the setting refuses fails. */
    static EmulatorSettings settingsOf(String... args) {
        EmulatorSettings.Builder settings = EmulatorSettings.builder();
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = equals < 0 ? args[i] : args[i].substring(0, equals);
            SettingFlag flag = SettingFlag.of(name).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown flag: " + name));
            String value;
            if (equals >= 0) {
                value = args[i].substring(equals + 1);
            } else if (!flag.takesValue()) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            flag.apply(settings, value);
        }
        return settings.build();
    }

    static void printHelp(PrintStream out) {
        out.println("Serves the AWS Lambda API in this JVM until killed.");
        out.println(USAGE);
        out.println();
        for (SettingFlag flag : SettingFlag.values()) {
            out.println(flag.usage());
        }
        out.println(SettingFlag.usageLine("--help", "prints this list"));
    }
}
