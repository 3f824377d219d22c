package io.github.lambdaops.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.client.Waiters;
import io.github.lambdaops.camel.invoke.StreamedInvocation;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.waiters.LambdaAsyncWaiter;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Sends requests with whichever client the endpoint has: asynchronous, synchronous (whose calls block the caller's
 * thread and return futures already complete), or both, each calling thread getting the one that suits it.
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

    /** The asynchronous client, with each call prepared on {@code callThreads} rather than on the caller's thread. */
    static LambdaCaller of(LambdaAsyncClient client, ExecutorService callThreads) {
        return new Async(client, callThreads);
    }

    static LambdaCaller of(LambdaClient client) {
        return new Sync(client);
    }

    /** Both clients, chosen per calling thread by whether Camel blocks it until its exchange is done. */
    static LambdaCaller of(LambdaClient sync, LambdaAsyncClient async, ExecutorService callThreads,
                           AsyncProcessorAwaitManager awaits) {
        return new Adaptive(new Sync(sync), new Async(async, callThreads), awaits);
    }

    final class Async implements LambdaCaller {

        private final LambdaAsyncClient client;
        private final ExecutorService callThreads;
        private final LazyWaiter<LambdaAsyncWaiter> waiter;

        Async(LambdaAsyncClient client, ExecutorService callThreads) {
            this.client = client;
            this.callThreads = callThreads;
            this.waiter = new LazyWaiter<>(client::waiter);
        }

        @Override
        public CompletableFuture<Object> call(LambdaOpsOperations operation, LambdaRequest request) {
            if (operation == LambdaOpsOperations.invokeWithResponseStream) {
                return onCallThread(() -> StreamedInvocation.invoke(client, (InvokeWithResponseStreamRequest) request)
                        .thenApply(result -> result));
            }
            return onCallThread(() -> operation.methods().call(client, request));
        }

        @Override
        public CompletableFuture<List<Object>> allItems(LambdaOpsOperations operation, LambdaRequest request) {
            return onCallThread(() -> operation.methods().allItems(client, request));
        }

        @Override
        public CompletableFuture<?> waitUntil(String waiterName, String functionName, String qualifier) {
            return onCallThread(() -> Waiters.await(waiter.get(), waiterName, functionName, qualifier));
        }

        @Override
        public void close() {
            waiter.close();
        }

        /** Starts the SDK call on a call thread; the caller's thread is free at once. */
        private <T> CompletableFuture<T> onCallThread(Supplier<CompletableFuture<T>> call) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Runnable start = () -> {
                try {
                    call.get().whenComplete((value, failure) -> {
                        if (failure != null) {
                            result.completeExceptionally(failure);
                        } else {
                            result.complete(value);
                        }
                    });
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            };
            if (callThreads.isShutdown()) {
                start.run(); // the component is stopping: the call fails on its closed client rather than never ends
            } else {
                callThreads.execute(start);
            }
            return result;
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
                        + "client, the synchronous LambdaClient has no such method: use transport=auto (the default) "
                        + "or transport=async, or set awsLambdaAsyncClient besides awsLambdaClient");
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

    /**
     * The synchronous client for threads that wait for their exchange anyway, the asynchronous one for the others. A
     * thread's calls go on the asynchronous client until, when one of them is answered, Camel's await manager lists
     * the thread as blocked waiting (a ProducerTemplate's, a polling consumer's, ...); from then on the thread makes
     * its calls itself on the synchronous client, the cheaper one per call. A thread that is never blocked that way (it
     * sends more while its calls are open, or is an event loop) keeps the asynchronous client. Operations the
     * synchronous client lacks always go on the asynchronous one.
     */
    final class Adaptive implements LambdaCaller {

        private final Sync sync;
        private final Async async;
        private final AsyncProcessorAwaitManager awaits;
        private final ThreadLocal<CallingThread> threads = ThreadLocal.withInitial(CallingThread::new);

        Adaptive(Sync sync, Async async, AsyncProcessorAwaitManager awaits) {
            this.sync = sync;
            this.async = async;
            this.awaits = awaits;
        }

        @Override
        public CompletableFuture<Object> call(LambdaOpsOperations operation, LambdaRequest request) {
            CallingThread thread = threads.get();
            return thread.waits && operation.methods().hasSyncCall() ? sync.call(operation, request)
                    : learn(thread, async.call(operation, request));
        }

        @Override
        public CompletableFuture<List<Object>> allItems(LambdaOpsOperations operation, LambdaRequest request) {
            CallingThread thread = threads.get();
            return thread.waits ? sync.allItems(operation, request)
                    : learn(thread, async.allItems(operation, request));
        }

        @Override
        public CompletableFuture<?> waitUntil(String waiterName, String functionName, String qualifier) {
            CallingThread thread = threads.get();
            return thread.waits ? sync.waitUntil(waiterName, functionName, qualifier)
                    : learn(thread, async.waitUntil(waiterName, functionName, qualifier));
        }

        /** Whether the calling thread is, by the time the answer comes, blocked until its exchange is done. */
        private <T> CompletableFuture<T> learn(CallingThread thread, CompletableFuture<T> call) {
            if (thread.waits || call.isDone()) {
                return call;
            }
            // a stage of its own, so that it runs before the producer's completion releases the waiting thread
            return call.whenComplete((result, failure) -> thread.observe(awaits));
        }

        @Override
        public void close() {
            sync.close();
            async.close();
        }

        /** What is known of one calling thread; once seen waiting it stays a waiting thread. */
        private static final class CallingThread {
            private final Thread thread = Thread.currentThread();
            private volatile boolean waits;

            void observe(AsyncProcessorAwaitManager awaits) {
                for (AsyncProcessorAwaitManager.AwaitThread blocked : awaits.browse()) {
                    if (blocked.getBlockedThread() == thread) {
                        waits = true;
                        return;
                    }
                }
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
