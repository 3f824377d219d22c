package io.github.lambdaops.emulator.faults;

import io.github.lambdaops.emulator.http.ApiRequest;
import io.github.lambdaops.emulator.http.ApiResponse;
import io.github.lambdaops.emulator.http.Interceptor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The fault interceptor: gives each routed request the fault its action's rules choose. An error answers in the
 * handler's place; a delay runs the handler later; a dropped connection runs it and cuts its answer halfway.
 */
public final class FaultInjection implements Interceptor {
    private final Faults faults;

    public FaultInjection(Faults faults) {
        this.faults = faults;
    }

    @Override
    public CompletionStage<ApiResponse> intercept(ApiRequest request, Chain next) throws Exception {
        Fault fault = request.action().isAdmin() ? null : faults.next(request.action());
        if (fault == null) {
            return next.proceed(request);
        }
        if (fault instanceof Fault.ErrorReply error) {
            return CompletableFuture.completedFuture(answerOf(error));
        }
        if (fault instanceof Fault.Delay delay) {
            return CompletableFuture.runAsync(() -> { },
                            CompletableFuture.delayedExecutor(delay.latency().toNanos(), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> proceed(next, request));
        }
        return next.proceed(request).thenApply(ApiResponse::droppingConnection);
    }

    private static CompletionStage<ApiResponse> proceed(Chain next, ApiRequest request) {
        try {
            return next.proceed(request);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static ApiResponse answerOf(Fault.ErrorReply error) {
        ApiResponse answer = ApiResponse.error(error.status(), error.errorType(), error.message());
        return error.retryAfterSeconds() == null ? answer
                : answer.withHeader("Retry-After", Integer.toString(error.retryAfterSeconds()));
    }
}
