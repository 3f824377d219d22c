package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;

/** The log of one invocation: the runtime's START/END/REPORT lines and what the function logged. */
final class InvocationLog implements LambdaLogger {
    /** Only the tail is ever returned, so a chatty function must not grow the log without bound. */
    private static final int MAX_CHARS = 64 * 1024;
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void log(String message) {
        text.append(message);
        if (text.length() > MAX_CHARS) {
            text.delete(0, text.length() - MAX_CHARS / 2);
        }
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }

    /** A runtime line always starts a line of its own, whether or not the function ended its output with one. */
    synchronized void line(String line) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        log(line + "\n");
    }

    synchronized String text() {
        return text.toString();
    }
}
