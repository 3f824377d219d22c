package io.github.lambdaops.camel.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * Keeps a service error from closing a pooled connection. When an answer is a service error (4xx, 5xx) the SDK fails
 * the HTTP client's future with it; the Netty client (2.57.8) takes any such failure as a cancellation and closes the
 * connection, by then often back in the pool or already serving another call, which then fails with "connection was
 * closed during the request". A service error means the answer was read in full, so the connection is sound and the
 * failure is not passed on; timeouts and cancellations, which do leave a request half done, still are.
 */
final class ServiceErrorSafeHttpClient implements SdkAsyncHttpClient {

    private final SdkAsyncHttpClient delegate;

    ServiceErrorSafeHttpClient(SdkAsyncHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        CompletableFuture<Void> execution = delegate.execute(request);
        CompletableFuture<Void> seenBySdk = new CompletableFuture<>();
        execution.whenComplete((done, failure) -> {
            if (failure != null) {
                seenBySdk.completeExceptionally(failure);
            } else {
                seenBySdk.complete(done);
            }
        });
        seenBySdk.whenComplete((done, failure) -> {
            if (failure == null || execution.isDone() || isServiceError(failure)) {
                return;
            }
            if (failure instanceof CancellationException) {
                execution.cancel(false);
            } else {
                execution.completeExceptionally(failure);
            }
        });
        return seenBySdk;
    }

    static boolean isServiceError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SdkServiceException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
