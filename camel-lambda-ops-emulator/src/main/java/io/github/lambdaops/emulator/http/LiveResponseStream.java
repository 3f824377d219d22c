package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.InvocationResult;
import io.github.lambdaops.emulator.runtime.ResponseChunks;

/**
 * InvokeWithResponseStream's answer, sent as the function produces it: each chunk of its response as
 * {@code PayloadChunk} events the moment the runtime hands it over, then {@code InvokeComplete} when the
 * invocation ends.
 */
final class LiveResponseStream implements ResponseChunks {
    private final StreamedBody body = new StreamedBody();

    /** The answer's head (200, the version that runs) and this stream as its body. */
    ApiResponse answer(String executedVersion) {
        return ApiResponse.streamed(200, ResponseStreams.CONTENT_TYPE, body)
                .withHeader("X-Amz-Executed-Version", executedVersion);
    }

    @Override
    public void write(byte[] chunk) {
        body.write(ResponseStreams.payloadChunks(chunk));
    }

    /** Ends the stream with InvokeComplete: the error, if any, and the log tail when asked for. */
    void complete(InvocationResult result, boolean tail) {
        if (result != null) {
            body.write(ResponseStreams.invokeComplete(result, tail));
        } // else the emulator is closing: the stream ends without InvokeComplete, which the client reports
        body.end();
    }
}
