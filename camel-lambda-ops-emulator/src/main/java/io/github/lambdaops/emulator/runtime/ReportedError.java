package io.github.lambdaops.emulator.runtime;

/**
 * An error a runtime process reported through the Runtime API (its handler failed, or it could not initialize):
 * the payload the invoke answers, with {@code X-Amz-Function-Error: Unhandled}.
 */
final class ReportedError extends Exception {
    private final byte[] payload;

    ReportedError(byte[] payload) {
        super(null, null, false, false);
        this.payload = payload;
    }

    byte[] payload() {
        return payload;
    }
}
