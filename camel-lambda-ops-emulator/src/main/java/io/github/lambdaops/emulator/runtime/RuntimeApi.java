package io.github.lambdaops.emulator.runtime;

import java.util.Map;

/**
 * The Lambda Runtime API (2018-06-01) as one execution environment serves it to the runtime process it started:
 * the process asks for its next event, then posts the event's response (whole, or streamed in chunks) or error, or
 * reports that it could not initialize.
 */
interface RuntimeApi {

    /** Answers a waiting {@code GET /runtime/invocation/next}. */
    @FunctionalInterface
    interface NextEvent {
        /** Sends the event; false when the runtime hung up meanwhile, so that it goes to its next request. */
        boolean deliver(Map<String, String> headers, byte[] event);
    }

    /** {@code GET /runtime/invocation/next}: answered now or, long-polling, when an invocation arrives. */
    void next(NextEvent answer);

    /** {@code POST /runtime/invocation/{id}/response}. */
    void response(String requestId, byte[] payload) throws RuntimeApiException;

    /**
     * {@code POST /runtime/invocation/{id}/response} with {@code Lambda-Runtime-Function-Response-Mode: streaming}
     * begins, its body to come in chunks.
     */
    void startStream(String requestId, String contentType) throws RuntimeApiException;

    /** The next chunk of a streamed response. */
    void streamed(String requestId, byte[] chunk) throws RuntimeApiException;

    /** A streamed response ended without error trailers. */
    void endStream(String requestId) throws RuntimeApiException;

    /** {@code POST /runtime/invocation/{id}/error}, or a streamed response that ended with error trailers. */
    void error(String requestId, String errorType, byte[] payload) throws RuntimeApiException;

    /** {@code POST /runtime/init/error}. */
    void initError(String errorType, byte[] payload) throws RuntimeApiException;
}
