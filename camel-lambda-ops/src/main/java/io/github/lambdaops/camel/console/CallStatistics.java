package io.github.lambdaops.camel.console;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import io.github.lambdaops.camel.invoke.FunctionErrorException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What an endpoint's calls came to, for its dev console: how many, how many the service refused (AWS errors), how many
 * ran a function that failed, and the last error. Only error codes, types and the SDK's messages are kept, never a
 * payload: a function's error document is its output.
 */
public final class CallStatistics {

    /** The last error of an endpoint: when, what kind, and the SDK's or the function's error type. */
    public record LastError(Instant at, String kind, String type, String message) {
    }

    private final LongAdder calls = new LongAdder();
    private final LongAdder awsErrors = new LongAdder();
    private final LongAdder functionErrors = new LongAdder();
    private final AtomicReference<LastError> lastError = new AtomicReference<>();

    /**
     * Counts one exchange the producer has finished.
     *
     * @param error         the exchange's exception, if it failed
     * @param functionError the error type of the function this call ran, if it failed (an invoke's FunctionError)
     */
    public void record(Exception error, String functionError) {
        calls.increment();
        if (error instanceof AwsServiceException) {
            AwsServiceException aws = (AwsServiceException) error;
            awsErrors.increment();
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            lastError.set(new LastError(Instant.now(), "aws", code, aws.statusCode() + " "
                    + (aws.awsErrorDetails() == null ? "" : aws.awsErrorDetails().errorMessage())));
        } else if (error instanceof FunctionErrorException || functionError != null) {
            functionErrors.increment();
            String errorType = error instanceof FunctionErrorException
                    ? ((FunctionErrorException) error).getErrorType() : null;
            lastError.set(new LastError(Instant.now(), "function", functionError,
                    errorType == null ? "the function failed" : "the function failed with " + errorType));
        } else if (error != null) {
            lastError.set(new LastError(Instant.now(), "client", error.getClass().getName(), error.getMessage()));
        }
    }

    public long calls() {
        return calls.sum();
    }

    public long awsErrors() {
        return awsErrors.sum();
    }

    public long functionErrors() {
        return functionErrors.sum();
    }

    /** The last error, or null when every call so far succeeded. */
    public LastError lastError() {
        return lastError.get();
    }
}
