package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lambdaops.emulator.runtime.InvocationResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A function's answer as its URL sends it, as AWS maps it: a JSON object with a {@code statusCode} gives the status,
 * {@code headers}, {@code cookies} (one Set-Cookie each) and {@code body} (base64-decoded when
 * {@code isBase64Encoded}); any other JSON value is a 200 {@code application/json} body (a string without its
 * quotes); a function error is a 502. A streamed answer may start with the prelude of
 * {@code awslambda.HttpResponseStream.from} (a JSON object, then eight zero bytes), which plays the part of the object.
 */
final class UrlReplies {
    private static final String JSON_TYPE = "application/json";
    static final int PRELUDE_SEPARATOR = 8;
    private static final UrlResponse BAD_GATEWAY = new UrlResponse(502, List.of(Map.entry("Content-Type", JSON_TYPE)),
            "Internal Server Error".getBytes(StandardCharsets.UTF_8));
    /** What HTTP allows in a header's name and value; a function's headers outside it are left out. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern HEADER_VALUE = Pattern.compile("[^\\x00-\\x08\\x0A-\\x1F\\x7F]*");

    private UrlReplies() {
    }

    static UrlResponse of(InvocationResult result) {
        return result.failed() ? BAD_GATEWAY : of(result.payload());
    }

    /** What a function that failed (an error, a timeout) answers: 502. */
    static UrlResponse failed() {
        return BAD_GATEWAY;
    }

    /** The answer of a function that succeeded with {@code payload}. */
    static UrlResponse of(byte[] payload) {
        int prelude = preludeEnd(payload, 0);
        if (prelude > 0) {
            JsonNode metadata = parse(payload, prelude - PRELUDE_SEPARATOR);
            byte[] body = Arrays.copyOfRange(payload, prelude, payload.length);
            return new UrlResponse(metadata.path("statusCode").asInt(200), headersOf(metadata, "application/octet-stream"),
                    body);
        }
        JsonNode answer = parse(payload, payload.length);
        if (answer.isObject() && answer.has("statusCode")) {
            int status = answer.path("statusCode").asInt(0);
            return status < 100 || status > 599 ? BAD_GATEWAY
                    : new UrlResponse(status, headersOf(answer, JSON_TYPE), bodyOf(answer));
        }
        byte[] body = answer.isTextual() ? answer.asText().getBytes(StandardCharsets.UTF_8) : payload;
        return new UrlResponse(200, List.of(Map.entry("Content-Type", JSON_TYPE)), body);
    }

    private static List<Map.Entry<String, String>> headersOf(JsonNode answer, String defaultContentType) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean typed = false;
        for (Map.Entry<String, JsonNode> header : answer.path("headers").properties()) {
            String value = header.getValue().asText();
            if (HEADER_NAME.matcher(header.getKey()).matches() && HEADER_VALUE.matcher(value).matches()) {
                typed |= header.getKey().equalsIgnoreCase("Content-Type");
                headers.add(Map.entry(header.getKey(), value));
            }
        }
        if (!typed) {
            headers.add(Map.entry("Content-Type", defaultContentType));
        }
        answer.path("cookies").forEach(cookie -> {
            if (HEADER_VALUE.matcher(cookie.asText()).matches()) {
                headers.add(Map.entry("Set-Cookie", cookie.asText()));
            }
        });
        return headers;
    }

    private static byte[] bodyOf(JsonNode answer) {
        JsonNode body = answer.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return new byte[0];
        }
        if (!body.isTextual()) {
            return Json.write(body);
        }
        return answer.path("isBase64Encoded").asBoolean(false) ? Base64.getMimeDecoder().decode(body.asText())
                : body.asText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where the body starts after a streaming prelude, or 0 when the payload has none (yet). A caller that scanned
     * a shorter payload before may start {@code from} its length less 7, where a separator may have begun.
     */
    static int preludeEnd(byte[] payload, int from) {
        if (payload.length == 0 || payload[0] != '{') {
            return 0;
        }
        for (int at = Math.max(0, from), zeros = 0; at < payload.length; at++) {
            zeros = payload[at] == 0 ? zeros + 1 : 0;
            if (zeros == PRELUDE_SEPARATOR) {
                return at + 1;
            }
        }
        return 0;
    }

    private static JsonNode parse(byte[] payload, int length) {
        try {
            JsonNode node = Json.MAPPER.readTree(payload, 0, length);
            return node == null ? Json.MAPPER.missingNode() : node;
        } catch (IOException e) {
            return Json.MAPPER.missingNode();
        }
    }
}
