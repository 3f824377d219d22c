package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ErrorType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * AWS error responses, as the SDKs parse them: the status, the type in {@code X-Amzn-ErrorType} and the body
 * {@code {"Type": "User", "message": "..."}}.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private record ErrorBody(String type, @com.fasterxml.jackson.annotation.JsonProperty("message") String message,
                             String reason) {
    }

    private ErrorResponses() {
    }

    static ApiResponse of(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ApiException api) {
            return ApiResponse.json(api.type().status(), new ErrorBody(api.type().fault(), api.getMessage(), api.reason()))
                    .withHeader("X-Amzn-ErrorType", api.type().awsName());
        }
        LOG.warn("Request failed inside the emulator", cause);
        return of(ErrorType.SERVICE, "The lambda-ops emulator failed: " + cause);
    }

    static ApiResponse of(ErrorType type, String message) {
        return of(type.status(), type.awsName(), message);
    }

    /** An error of any AWS type, also ones the API itself never answers with (throttling, auth). */
    static ApiResponse of(int status, String awsName, String message) {
        return ApiResponse.json(status, new ErrorBody(status >= 500 ? "Service" : "User", message, null))
                .withHeader("X-Amzn-ErrorType", awsName);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
