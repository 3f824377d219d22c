package io.github.lambdaops.emulator;

import java.util.concurrent.CountDownLatch;

/** Serves the emulator from the command line until killed: {@code Main [--port N]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = portOf(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: java -cp ... io.github.lambdaops.emulator.Main [--port N]");
            System.exit(2);
            return;
        }
        LambdaEmulator emulator = LambdaEmulator.start(port);
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
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = parsePort(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = parsePort(args[i].substring("--port=".length()));
            } else {
                throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
        }
        return port;
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
