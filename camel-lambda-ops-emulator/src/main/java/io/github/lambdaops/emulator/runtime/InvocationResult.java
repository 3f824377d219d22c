package io.github.lambdaops.emulator.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * What an invocation gave back: the payload (empty when a streamed invocation succeeded: its response went to its
 * {@link ResponseChunks}), the function error ({@code "Unhandled"}) or {@code null} when it succeeded, the
 * function's whole log, the version that ran and the invocation's request id.
 */
public record InvocationResult(byte[] payload, String functionError, String log, String executedVersion,
                               String requestId) {
    private static final int LOG_TAIL_BYTES = 4096;

    public boolean failed() {
        return functionError != null;
    }

    /** The {@code X-Amz-Log-Result} header: base64 of the log's last 4 KB. */
    public String logResult() {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        int from = Math.max(0, bytes.length - LOG_TAIL_BYTES);
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, from, bytes.length));
    }
}
