package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.InvocationResult;
import io.github.lambdaops.emulator.runtime.ResponseChunks;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A streaming function URL's answer, sent as the function produces it. Its head goes out with the function's first
 * chunk: status 200 and the content type the function set, or, when the function wrote through
 * {@code awslambda.HttpResponseStream} (content type {@value #HTTP_INTEGRATION}), the status, headers and cookies of
 * the prelude it writes first (JSON, then 8 NUL bytes), held until the prelude is complete. Every later chunk goes
 * out at once. A function that answers whole (it does not stream) is mapped as a buffered URL maps it, and a failure
 * before the head is a 502; after it, the body just ends.
 */
final class UrlResponseStream implements ResponseChunks {
    static final String HTTP_INTEGRATION = "application/vnd.awslambda.http-integration-response";

    private final CompletableFuture<UrlResponse> head = new CompletableFuture<>();
    private final StreamedBody body = new StreamedBody();
    /** What arrived of an HTTP integration response while its prelude is incomplete. */
    private final ByteArrayOutputStream prelude = new ByteArrayOutputStream();
    private boolean httpIntegration;

    /** The answer, once its head is known; its body then follows as it comes. */
    CompletionStage<UrlResponse> head() {
        return head;
    }

    @Override
    public synchronized void started(String contentType) {
        httpIntegration = HTTP_INTEGRATION.equalsIgnoreCase(contentType);
        if (!httpIntegration) {
            head.complete(UrlResponse.streamed(200, List.of(Map.entry("Content-Type", contentType)), body));
        }
    }

    @Override
    public synchronized void write(byte[] chunk) {
        if (head.isDone()) {
            body.write(chunk);
            return;
        }
        int scanned = prelude.size();
        prelude.writeBytes(chunk);
        byte[] received = prelude.toByteArray();
        if (UrlReplies.preludeEnd(received, scanned - UrlReplies.PRELUDE_SEPARATOR + 1) > 0) {
            sendHead(UrlReplies.of(received));
        }
    }

    @Override
    public synchronized void answeredWhole(byte[] response) {
        sendHead(UrlReplies.of(response));
        body.end();
    }

    /** The invocation ended: with its result, or null when the emulator is closing. */
    synchronized void complete(InvocationResult result) {
        if (!head.isDone()) {
            if (result == null) {
                head.completeExceptionally(new IllegalStateException("The emulator closed during the invocation"));
            } else if (result.failed()) {
                head.complete(UrlReplies.failed());
            } else { // an HTTP integration response that never completed its prelude
                sendHead(UrlReplies.of(prelude.toByteArray()));
            }
        }
        body.end();
    }

    /** Sends a mapped answer's status and headers as the head, and its body as the first chunk. */
    private void sendHead(UrlResponse mapped) {
        if (mapped.body().length > 0) {
            body.write(mapped.body());
        }
        head.complete(UrlResponse.streamed(mapped.status(), mapped.headers(), body));
    }
}
