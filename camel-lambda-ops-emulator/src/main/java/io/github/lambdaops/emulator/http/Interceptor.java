package io.github.lambdaops.emulator.http;

import java.util.concurrent.CompletionStage;

/**
 * Runs on each routed request before its handler (strict auth, fault injection): it answers in the handler's
 * place, or passes the request on down the chain, now or later, and may change the answer on its way back.
 */
@FunctionalInterface
public interface Interceptor {

    CompletionStage<ApiResponse> intercept(ApiRequest request, Chain next) throws Exception;

    /** The interceptors after this one, then the action's handler. */
    @FunctionalInterface
    interface Chain {
        CompletionStage<ApiResponse> proceed(ApiRequest request) throws Exception;
    }
}
