package io.github.lambdaops.emulator.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The response a runtime is streaming for one invocation: forwarded chunk by chunk to the invocation's
 * {@link ResponseChunks} when it has them, else collected for a buffered answer (a plain Invoke of a streaming
 * function, as in Lambda). Either way it is held to Lambda's limit for its kind of answer.
 */
final class StreamedResponse {
    /** Lambda's limit for a streamed response (200 MB since July 2025); a buffered one keeps the 6 MB limit. */
    static final long MAX_STREAMED_BYTES = 200L * 1024 * 1024;

    private final Invocation invocation;
    private final ByteArrayOutputStream buffered = new ByteArrayOutputStream();
    private final long maxBytes;
    private long size;

    StreamedResponse(Invocation invocation, String contentType) {
        this.invocation = invocation;
        this.maxBytes = invocation.streams() ? MAX_STREAMED_BYTES : FunctionFailure.MAX_RESPONSE_BYTES;
        invocation.streamStarted(contentType == null || contentType.isEmpty() ? "application/octet-stream" : contentType);
    }

    /** Takes the next chunk; false (and nothing taken) when it would pass the limit. */
    boolean write(byte[] chunk) {
        size += chunk.length;
        if (size > maxBytes) {
            return false;
        }
        if (invocation.streams()) {
            invocation.stream(chunk);
        } else {
            buffered.writeBytes(chunk);
        }
        return true;
    }

    /** What a buffered answer returns: the collected bytes (none when they went to the stream). */
    byte[] buffered() {
        return buffered.toByteArray();
    }

    long maxBytes() {
        return maxBytes;
    }
}
