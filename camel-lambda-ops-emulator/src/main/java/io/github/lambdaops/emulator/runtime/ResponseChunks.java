package io.github.lambdaops.emulator.runtime;

/**
 * Where a streamed invocation's response goes as the function produces it (InvokeWithResponseStream, streaming
 * function URLs). A runtime that streams (a custom runtime or a Node.js function posting its response in
 * {@code streaming} mode) hands over each chunk as it arrives; a buffered response arrives whole when the function
 * returns ({@link #answeredWhole}). Nothing arrives once the invocation has ended (its result is then complete), and
 * never an error payload: errors are the result's. Calls come one at a time, in order, from runtime threads: an
 * implementation must not block.
 */
public interface ResponseChunks {

    /** The function began its response, of this content type ({@code application/octet-stream} unless it set one). */
    default void started(String contentType) {
    }

    /** The next bytes of the response. */
    void write(byte[] chunk);

    /**
     * The function answered whole instead (it does not stream: Python, Java, registered handlers): its response,
     * complete, in place of {@link #started} and {@link #write}. By default one chunk of type {@code application/json}.
     */
    default void answeredWhole(byte[] response) {
        started("application/json");
        if (response.length > 0) {
            write(response);
        }
    }
}
