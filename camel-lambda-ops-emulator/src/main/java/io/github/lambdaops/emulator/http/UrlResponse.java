package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a function URL answers: a status, headers (a name may repeat, as {@code Set-Cookie} does) and a body, sent
 * with a Content-Length, or, for a streaming URL, a {@link StreamedBody} sent in chunks as the function produces it.
 */
record UrlResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, StreamedBody streamedBody) {
    private static final byte[] NO_BODY = new byte[0];

    UrlResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
        this(status, headers, body, null);
    }

    static UrlResponse streamed(int status, List<Map.Entry<String, String>> headers, StreamedBody body) {
        return new UrlResponse(status, headers, NO_BODY, body);
    }

    /** AWS's answer to a request it refuses: {@code {"Message":...}} with the error type in a header. */
    static UrlResponse refused(int status, String errorType, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("Message", message);
        return new UrlResponse(status, List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("x-amzn-ErrorType", errorType)), Json.write(body));
    }

    UrlResponse withHeaders(List<Map.Entry<String, String>> more) {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        all.addAll(more);
        return new UrlResponse(status, all, body, streamedBody);
    }
}
