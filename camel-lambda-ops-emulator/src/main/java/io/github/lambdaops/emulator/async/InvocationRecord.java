package io.github.lambdaops.emulator.async;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.lambdaops.emulator.runtime.InvocationResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The invocation record Lambda sends to a destination, in AWS's shape (checked against records AWS sent):
 * <pre>{"version": "1.0", "timestamp": "2026-12-01T15:16:05.568Z",
 *  "requestContext": {"requestId": "...", "functionArn": "arn:...:function:f:$LATEST", "condition": "RetriesExhausted",
 *                     "approximateInvokeCount": 3},
 *  "requestPayload": {...},
 *  "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
 *  "responsePayload": {...}}</pre>
 * An event that never ran (throttled until it was too old) has {@code statusCode} 429, no {@code functionError} and
 * no {@code responsePayload}.
 */
final class InvocationRecord {
    /** The status of an attempt that found no concurrency left. */
    static final int THROTTLED = 429;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private InvocationRecord() {
    }

    static String of(QueuedEvent event, Condition condition) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", TIMESTAMP.format(Instant.now()));
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", event.requestId());
        request.put("functionArn", event.recordArn());
        request.put("condition", condition.wireName());
        request.put("approximateInvokeCount", event.attempts());
        record.set("requestPayload", jsonOf(event.payload()));
        InvocationResult last = event.lastResult();
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", last == null ? THROTTLED : 200);
        response.put("executedVersion", event.version().version());
        if (last != null && last.failed()) {
            response.put("functionError", last.functionError());
        }
        if (last != null) {
            record.set("responsePayload", jsonOf(last.payload()));
        }
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code errorMessage} of a failed run's payload, or the payload itself when it has none. */
    static String errorMessageOf(InvocationResult result) {
        JsonNode payload = jsonOf(result.payload());
        JsonNode message = payload.path("errorMessage");
        return message.isTextual() ? message.asText() : new String(result.payload(), StandardCharsets.UTF_8);
    }

    /** A payload as JSON: the function's answer is JSON unless it answered otherwise, then it is a string. */
    private static JsonNode jsonOf(byte[] payload) {
        if (payload.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }
}
