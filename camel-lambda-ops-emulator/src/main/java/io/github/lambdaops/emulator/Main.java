package io.github.lambdaops.emulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the emulator from the command line until killed:
 * {@code Main [--port N] [--state-transition-delay MILLISECONDS]}.
 */
public final class Main {
    private static final String USAGE = "Usage: java -cp ... io.github.lambdaops.emulator.Main [--port N]"
            + " [--state-transition-delay MILLISECONDS]";

    record Options(int port, Duration stateTransitionDelay) {
    }

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = optionsOf(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        LambdaEmulator emulator = LambdaEmulator.builder().port(options.port())
                .stateTransitionDelay(options.stateTransitionDelay()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "lambda-emulator-shutdown"));
        System.out.println("AWS Lambda emulator listening on " + emulator.endpoint());
        System.out.flush();
        stopped.await();
    }

    static int portOf(String[] args) {
        return optionsOf(args).port();
    }

    static Options optionsOf(String[] args) {
        int port = 0;
        Duration delay = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = parsePort(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = parsePort(args[i].substring("--port=".length()));
            } else if (args[i].equals("--state-transition-delay") && i + 1 < args.length) {
                delay = parseMillis(args[++i]);
            } else if (args[i].startsWith("--state-transition-delay=")) {
                delay = parseMillis(args[i].substring("--state-transition-delay=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return new Options(port, delay);
    }

    private static Duration parseMillis(String value) {
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Not a number of milliseconds (0 or more): " + value);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Not a port: " + value);
    }
}
