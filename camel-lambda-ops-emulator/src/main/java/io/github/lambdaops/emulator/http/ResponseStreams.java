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
 * The body of an InvokeWithResponseStream answer in AWS's event-stream framing (encoded by the SDK's own
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

    static byte[] encode(InvocationResult result, boolean tail) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream(result.payload().length + 512);
        byte[] payload = result.failed() ? new byte[0] : result.payload();
        for (int from = 0; from < payload.length; from += CHUNK_BYTES) {
            byte[] chunk = Arrays.copyOfRange(payload, from, Math.min(payload.length, from + CHUNK_BYTES));
            write(stream, "PayloadChunk", "application/octet-stream", chunk);
        }
        InvokeComplete complete = result.failed()
                ? new InvokeComplete(errorCodeOf(result.payload()), errorDetailsOf(result.payload()), null)
                : new InvokeComplete(null, null, null);
        if (tail) {
            complete = new InvokeComplete(complete.errorCode(), complete.errorDetails(), result.logResult());
        }
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
