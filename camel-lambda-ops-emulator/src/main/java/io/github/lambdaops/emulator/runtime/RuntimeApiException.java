package io.github.lambdaops.emulator.runtime;

/** A Runtime API request the environment refuses: its HTTP status and the error type and message it answers. */
final class RuntimeApiException extends Exception {
    private final int status;
    private final String errorType;

    RuntimeApiException(int status, String errorType, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorType = errorType;
    }

    static RuntimeApiException invalidRequestId(String requestId) {
        return new RuntimeApiException(400, "InvalidRequestID", "Invalid request ID: " + requestId);
    }

    static RuntimeApiException invalidStateTransition(String message) {
        return new RuntimeApiException(403, "InvalidStateTransition", message);
    }

    int status() {
        return status;
    }

    String errorType() {
        return errorType;
    }
}
