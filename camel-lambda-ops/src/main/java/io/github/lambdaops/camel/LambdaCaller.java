package io.github.lambdaops.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.client.Waiters;
import io.github.lambdaops.camel.invoke.StreamedInvocation;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.waiters.LambdaAsyncWaiter;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

/**
 * Sends requests with whichever client the endpoint has: asynchronous, or a user's synchronous one (whose calls block
 * the caller's thread and return futures already complete).
 */
interface LambdaCaller extends AutoCloseable {

    /** The SDK response of the call; for invokeWithResponseStream a {@link StreamedInvocation}. */
    CompletableFuture<Object> call(LambdaOpsOperations operation, LambdaRequest request);

    /** Every item of every page of a paginated operation, fetched with the SDK's paginator. */
    CompletableFuture<List<Object>> allItems(LambdaOpsOperations operation, LambdaRequest request);

    /** Runs the named SDK waiter on a function; completes when the waiter succeeded. */
    CompletableFuture<?> waitUntil(String waiter, String functionName, String qualifier);

    /** Releases the waiter, if one was made; never the client, which its owner closes. */
    @Override
    void close();

    static LambdaCaller of(LambdaAsyncClient client) {
        return new Async(client);
    }

    static LambdaCaller of(LambdaClient client) {
        return new Sync(client);
    }

    final class Async implements LambdaCaller {

        private final LambdaAsyncClient client;
        private final LazyWaiter<LambdaAsyncWaiter> waiter;

        Async(LambdaAsyncClient client) {
            this.client = client;
            this.waiter = new LazyWaiter<>(client::waiter);
        }

        @Override
        public CompletableFuture<Object> call(LambdaOpsOperations operation, LambdaRequest request) {
            if (operation == LambdaOpsOperations.invokeWithResponseStream) {
                return StreamedInvocation.invoke(client, (InvokeWithResponseStreamRequest) request)
                        .thenApply(result -> result);
            }
            return operation.methods().call(client, request);
        }

        @Override
        public CompletableFuture<List<Object>> allItems(LambdaOpsOperations operation, LambdaRequest request) {
            return operation.methods().allItems(client, request);
        }

        @Override
        public CompletableFuture<?> waitUntil(String waiterName, String functionName, String qualifier) {
            return Waiters.await(waiter.get(), waiterName, functionName, qualifier);
        }

        @Override
        public void close() {
            waiter.close();
        }
    }

    final class Sync implements LambdaCaller {

        private final LambdaClient client;
        private final LazyWaiter<LambdaWaiter> waiter;

        Sync(LambdaClient client) {
            this.client = client;
            this.waiter = new LazyWaiter<>(client::waiter);
        }

        @Override
        public CompletableFuture<Object> call(LambdaOpsOperations operation, LambdaRequest request) {
            if (!operation.methods().hasSyncCall()) {
                throw new LambdaOpsParameterException("Operation " + operation.name() + " needs an asynchronous "
                        + "client: the synchronous LambdaClient (option awsLambdaClient) has no such method; set "
                        + "awsLambdaAsyncClient or let the component build its client");
            }
            return completed(() -> operation.methods().call(client, request));
        }

        @Override
        public CompletableFuture<List<Object>> allItems(LambdaOpsOperations operation, LambdaRequest request) {
            return completed(() -> operation.methods().allItems(client, request));
        }

        @Override
        public CompletableFuture<?> waitUntil(String waiterName, String functionName, String qualifier) {
            return completed(() -> Waiters.await(waiter.get(), waiterName, functionName, qualifier));
        }

        @Override
        public void close() {
            waiter.close();
        }

        private static <T> CompletableFuture<T> completed(Supplier<T> call) {
            try {
                return CompletableFuture.completedFuture(call.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    /** The client's waiter, made on first use (most routes never wait) and closed with the caller. */
    final class LazyWaiter<W extends SdkAutoCloseable> {

        private final Supplier<W> factory;
        private W waiter;

        LazyWaiter(Supplier<W> factory) {
            this.factory = factory;
        }

        synchronized W get() {
            if (waiter == null) {
                waiter = factory.get();
            }
            return waiter;
        }

        synchronized void close() {
            if (waiter != null) {
                waiter.close();
                waiter = null;
            }
        }
    }
}
