package io.github.lambdaops.emulator.runtime;

/**
 * A failure reported by the runtime rather than thrown by the function's code (no runtime for it, a handler
 * class that is missing): its {@code errorType} and message become the error payload.
 */
public final class FunctionFailure extends Exception {
    private final String errorType;

    public FunctionFailure(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }

    /** The largest response of a synchronous invocation, as AWS counts it (6 MiB and 100 bytes). */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    static FunctionFailure responseTooLarge() {
        return new FunctionFailure("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum allowed"
                + " payload size (" + MAX_RESPONSE_BYTES + " bytes).");
    }

    static FunctionFailure runtimeExit(String requestId, String reason) {
        return new FunctionFailure("Runtime.ExitError", "RequestId: " + requestId + " Error: " + reason);
    }
}
