package io.github.lambdaops.camel;

import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.model.LambdaResponse;

/** Sends a request with whichever client the endpoint has: asynchronous, or a user's synchronous one. */
@FunctionalInterface
interface LambdaCaller {

    CompletableFuture<? extends LambdaResponse> call(LambdaOpsOperations operation, LambdaRequest request);

    static LambdaCaller of(LambdaAsyncClient client) {
        return (operation, request) -> operation.call(client, request);
    }

    /** Calls block the caller's thread; the returned future is already complete. */
    static LambdaCaller of(LambdaClient client) {
        return (operation, request) -> {
            try {
                return CompletableFuture.completedFuture(operation.call(client, request));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
