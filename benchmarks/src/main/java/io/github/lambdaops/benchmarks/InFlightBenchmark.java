package io.github.lambdaops.benchmarks;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 1000 invokes of the function that sleeps 50 ms: all at once through a lambda-ops route from one thread that does
 * not wait for them (default transport, and async), against 16 threads calling the raw synchronous client or the
 * route with transport=sync. Scores are per 1000 invokes; the counters show how many calls were open at once (sent,
 * not yet answered), how many ran in the function at once, and how many threads the JVM had besides the emulator's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class InFlightBenchmark {
    static final int SYNC_THREADS = 16;

    /** Exchanges per operation; the smoke test sends fewer. */
    @Param("1000")
    public int exchanges;

    private final byte[] payload = Fixture.jsonPayload(64);
    private Fixture fixture;
    private CamelContext camel;
    private AsyncProducer route;
    private AsyncProducer asyncRoute;
    private ProducerTemplate template;
    private LambdaClient sync;
    private ExecutorService syncThreads;

    /** Per iteration: the most invokes running at once, and the live threads outside the emulator. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Concurrency {
        public long mostInFlight;
        public long mostOpenExchanges;
        public long clientThreads;
        public long callThreads;

        @Setup(Level.Iteration)
        public void reset() {
            mostInFlight = 0;
            mostOpenExchanges = 0;
            clientThreads = 0;
            callThreads = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture();
        camel = fixture.camel(Fixture.lambdaOpsRoutes(Fixture.SLEEPY, "maxConnections=" + exchanges));
        route = camel.getEndpoint(Fixture.LAMBDA_OPS_ROUTE).createAsyncProducer();
        route.start();
        asyncRoute = camel.getEndpoint(Fixture.LAMBDA_OPS_ASYNC_ROUTE).createAsyncProducer();
        asyncRoute.start();
        template = Fixture.template(camel);
        sync = fixture.apache5Client(SYNC_THREADS);
        syncThreads = Executors.newFixedThreadPool(SYNC_THREADS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        route.stop();
        asyncRoute.stop();
        template.stop();
        camel.close();
        syncThreads.shutdownNow();
        sync.close();
        fixture.close();
    }

    @Benchmark
    public void lambdaOpsRoute1000InFlight(Concurrency concurrency) throws Exception {
        sendAtOnce(route, concurrency);
    }

    @Benchmark
    public void lambdaOpsRouteAsync1000InFlight(Concurrency concurrency) throws Exception {
        sendAtOnce(asyncRoute, concurrency);
    }

    @Benchmark
    public void lambdaOpsRouteSyncOn16Threads(Concurrency concurrency) throws Exception {
        on16Threads(concurrency, () -> template.requestBody(Fixture.LAMBDA_OPS_SYNC_ROUTE, payload));
    }

    @Benchmark
    public void rawSyncClientOn16Threads(Concurrency concurrency) throws Exception {
        on16Threads(concurrency,
                () -> sync.invoke(r -> r.functionName(Fixture.SLEEPY).payload(SdkBytes.fromByteArrayUnsafe(payload))));
    }

    /** Sends every exchange from this thread without waiting, then waits for all. */
    private void sendAtOnce(AsyncProducer route, Concurrency concurrency) throws Exception {
        CountDownLatch done = new CountDownLatch(exchanges);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicInteger open = new AtomicInteger();
        int mostOpen = 0;
        for (int i = 0; i < exchanges; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getIn().setBody(payload);
            mostOpen = Math.max(mostOpen, open.incrementAndGet());
            route.process(exchange, doneSync -> {
                if (exchange.getException() != null) {
                    failure.compareAndSet(null, exchange.getException());
                }
                open.decrementAndGet();
                done.countDown();
            });
        }
        concurrency.mostOpenExchanges = Math.max(concurrency.mostOpenExchanges, mostOpen);
        countThreads(concurrency);
        if (!done.await(60, TimeUnit.SECONDS) || failure.get() != null) {
            throw new IllegalStateException("in-flight invokes failed or hung", failure.get());
        }
        concurrency.mostInFlight = Math.max(concurrency.mostInFlight, fixture.takeMostInFlight());
    }

    /** Makes every call on one of 16 threads, each waiting for its answer. */
    private void on16Threads(Concurrency concurrency, Runnable call) throws Exception {
        List<Future<?>> calls = new ArrayList<>(exchanges);
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        for (int i = 0; i < exchanges; i++) {
            calls.add(syncThreads.submit(() -> {
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                call.run();
                return open.decrementAndGet();
            }));
        }
        countThreads(concurrency);
        for (Future<?> future : calls) {
            future.get(60, TimeUnit.SECONDS);
        }
        concurrency.mostOpenExchanges = Math.max(concurrency.mostOpenExchanges, mostOpen.get());
        concurrency.mostInFlight = Math.max(concurrency.mostInFlight, fixture.takeMostInFlight());
    }

    /**
     * Live Java threads outside the emulator (whose threads are named lambda-*), JMH's and the JVM's included; and
     * of those, the ones calls run on: the SDK's (Netty event loops, its response executor where it has one) and
     * lambda-ops' call threads.
     */
    private static void countThreads(Concurrency concurrency) {
        long client = 0;
        long calling = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (!name.startsWith("lambda-")) {
                client++;
            }
            if (name.startsWith("aws-java-sdk") || name.startsWith("sdk-async") || name.contains("LambdaOpsCalls")) {
                calling++;
            }
        }
        concurrency.clientThreads = Math.max(concurrency.clientThreads, client);
        concurrency.callThreads = Math.max(concurrency.callThreads, calling);
    }
}
