package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an action answers: a status, headers and a body (JSON, or raw for Invoke), or a {@link StreamedBody} sent as
 * it is produced (InvokeWithResponseStream), else null. {@code dropConnection} answers the status line, headers and
 * half the body, then closes the connection (an injected fault).
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body, StreamedBody streamedBody,
                          boolean dropConnection) {
    /** The header of the request id; an answer without one gets a new one (see {@link RequestIds}). */
    public static final String REQUEST_ID = "x-amzn-RequestId";
    private static final byte[] NO_BODY = new byte[0];
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    public ApiResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, null, false);
    }

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, JSON, Json.write(body));
    }

    /** A version's configuration, as {@link #json} would write it. */
    public static ApiResponse configuration(int status, FunctionVersion version) {
        return new ApiResponse(status, JSON, Json.configurationOf(version).getBytes(StandardCharsets.UTF_8));
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Map.of(), NO_BODY);
    }

    public static ApiResponse raw(int status, String contentType, byte[] body) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), body);
    }

    public static ApiResponse streamed(int status, String contentType, StreamedBody body) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), NO_BODY, body, false);
    }

    /** An AWS error answer of any type, also ones the API itself never answers with (throttling, auth). */
    public static ApiResponse error(int status, String awsErrorType, String message) {
        return ErrorResponses.of(status, awsErrorType, message);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> withHeader = new LinkedHashMap<>(headers);
        withHeader.put(name, value);
        return new ApiResponse(status, withHeader, body, streamedBody, dropConnection);
    }

    /** This answer, cut halfway through its body by closing the connection. */
    public ApiResponse droppingConnection() {
        return new ApiResponse(status, headers, body, streamedBody, true);
    }

    /** Runs {@code action} once the answer is complete: now, or when its streamed body ends. */
    public void whenComplete(Runnable action) {
        if (streamedBody == null) {
            action.run();
        } else {
            streamedBody.ended().whenComplete((ended, error) -> action.run());
        }
    }
}
