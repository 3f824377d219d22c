package io.github.lambdaops.emulator.faults;

import java.time.Duration;

/** What an injected fault does to a request: answer an AWS error, delay it, or cut the connection mid-response. */
public sealed interface Fault {

    /** Answers with {@code status} and AWS error type {@code errorType} instead of running the action. */
    record ErrorReply(int status, String errorType, String message, Integer retryAfterSeconds) implements Fault {
        public ErrorReply {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("An injected error needs a status of 400..599, got " + status);
            }
            if (errorType == null || errorType.isBlank()) {
                throw new IllegalArgumentException("An injected error needs an AWS error type, e.g. ServiceException");
            }
        }
    }

    /** Runs the action after {@code latency}. */
    record Delay(Duration latency) implements Fault {
        public Delay {
            if (latency == null || latency.isNegative()) {
                throw new IllegalArgumentException("An injected delay needs a latency of 0 or more, got " + latency);
            }
        }
    }

    /** Runs the action, sends the status line, headers and half the body, then closes the connection. */
    record DropConnection() implements Fault {
    }

    /** 429 TooManyRequestsException with a Retry-After header, as Lambda throttles. */
    static Fault tooManyRequests(int retryAfterSeconds) {
        return new ErrorReply(429, "TooManyRequestsException", "Rate Exceeded.", retryAfterSeconds);
    }

    /** 500 ServiceException: the Lambda service had an internal error. */
    static Fault serviceException() {
        return new ErrorReply(500, "ServiceException", "Injected fault: the service encountered an internal error", null);
    }

    /** 503: the service is unavailable for the moment. */
    static Fault serviceUnavailable() {
        return new ErrorReply(503, "ServiceUnavailableException", "Injected fault: the service is unavailable", null);
    }

    static Fault error(int status, String errorType, String message) {
        return new ErrorReply(status, errorType, message, null);
    }

    static Fault delay(Duration latency) {
        return new Delay(latency);
    }

    static Fault dropConnection() {
        return new DropConnection();
    }
}
