package io.github.lambdaops.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an action answers: a status, headers and a body (JSON, or raw for Invoke). */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {
    private static final byte[] NO_BODY = new byte[0];

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), Json.write(body));
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Map.of(), NO_BODY);
    }

    public static ApiResponse raw(int status, String contentType, byte[] body) {
        return new ApiResponse(status, Map.of("Content-Type", contentType), body);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> withHeader = new LinkedHashMap<>(headers);
        withHeader.put(name, value);
        return new ApiResponse(status, withHeader, body);
    }
}
