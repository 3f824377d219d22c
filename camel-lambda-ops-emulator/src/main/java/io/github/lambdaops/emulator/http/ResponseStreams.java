package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lambdaops.emulator.runtime.InvocationResult;
import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events of an InvokeWithResponseStream answer in AWS's event-stream framing (encoded by the SDK's own
 * event-stream library): the payload as {@code PayloadChunk} events, then one {@code InvokeComplete} event with
 * the error, if any, and the log tail when asked for.
 */
final class ResponseStreams {
    static final String CONTENT_TYPE = "application/vnd.amazon.eventstream";
    private static final int CHUNK_BYTES = 32 * 1024;

    /** InvokeComplete's members; the names become ErrorCode, ErrorDetails and LogResult. */
    record InvokeComplete(String errorCode, String errorDetails, String logResult) {
    }

    private ResponseStreams() {
    }

    /** A chunk of the function's response as {@code PayloadChunk} events of at most 32 KB each. */
    static byte[] payloadChunks(byte[] chunk) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream(chunk.length + 128);
        for (int from = 0; from < chunk.length; from += CHUNK_BYTES) {
            write(stream, "PayloadChunk", "application/octet-stream",
                    Arrays.copyOfRange(chunk, from, Math.min(chunk.length, from + CHUNK_BYTES)));
        }
        return stream.toByteArray();
    }

    /** The closing {@code InvokeComplete} event: the error, if the invocation failed, and the log tail if asked. */
    static byte[] invokeComplete(InvocationResult result, boolean tail) {
        InvokeComplete complete = result.failed()
                ? new InvokeComplete(errorCodeOf(result.payload()), errorDetailsOf(result.payload()), null)
                : new InvokeComplete(null, null, null);
        if (tail) {
            complete = new InvokeComplete(complete.errorCode(), complete.errorDetails(), result.logResult());
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream(512);
        write(stream, "InvokeComplete", "application/json", Json.write(complete));
        return stream.toByteArray();
    }

    /** The function's error type ({@code Runtime.ExitError}, {@code ValueError}, ...), else {@code Unhandled}. */
    private static String errorCodeOf(byte[] errorPayload) {
        JsonNode type = parse(errorPayload).path("errorType");
        return type.isTextual() ? type.asText() : "Unhandled";
    }

    private static String errorDetailsOf(byte[] errorPayload) {
        JsonNode message = parse(errorPayload).path("errorMessage");
        return message.isTextual() ? message.asText() : new String(errorPayload, StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] payload) {
        try {
            JsonNode node = Json.MAPPER.readTree(payload);
            return node == null ? Json.MAPPER.missingNode() : node;
        } catch (IOException e) {
            return Json.MAPPER.missingNode();
        }
    }

    private static void write(ByteArrayOutputStream stream, String eventType, String contentType, byte[] payload) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(eventType));
        headers.put(":content-type", HeaderValue.fromString(contentType));
        new Message(headers, payload).encode(stream);
    }
}
