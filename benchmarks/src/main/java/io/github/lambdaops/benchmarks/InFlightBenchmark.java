package io.github.lambdaops.benchmarks;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
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
 * 1000 invokes of the function that sleeps 50 ms: all at once through a lambda-ops route from one thread (the
 * asynchronous client keeps them in flight on its few event loop threads), against 16 threads calling the raw
 * synchronous client. Scores are per 1000 invokes; the counters show how many calls were open at once (sent, not yet
 * answered), how many ran in the function at once, and how many threads the JVM had besides the emulator's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class InFlightBenchmark {
    static final int SYNC_THREADS = 16;

    /** Exchanges per operation; the smoke test sends fewer. */
    @Param("1000")
    public int exchanges;
    private static final String ROUTE = "direct:in-flight";

    private final byte[] payload = Fixture.jsonPayload(64);
    private Fixture fixture;
    private CamelContext camel;
    private AsyncProducer route;
    private LambdaClient sync;
    private ExecutorService syncThreads;

    /** Per iteration: the most invokes running at once, and the live threads outside the emulator. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Concurrency {
        public long mostInFlight;
        public long mostOpenExchanges;
        public long clientThreads;
        public long sdkThreads;

        @Setup(Level.Iteration)
        public void reset() {
            mostInFlight = 0;
            mostOpenExchanges = 0;
            clientThreads = 0;
            sdkThreads = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture();
        camel = fixture.camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(ROUTE).to("lambda-ops:" + Fixture.SLEEPY + "?maxConnections=" + exchanges);
            }
        });
        route = camel.getEndpoint(ROUTE).createAsyncProducer();
        route.start();
        sync = fixture.syncClient(SYNC_THREADS);
        syncThreads = Executors.newFixedThreadPool(SYNC_THREADS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        route.stop();
        camel.close();
        syncThreads.shutdownNow();
        sync.close();
        fixture.close();
    }

    @Benchmark
    public void lambdaOpsRoute1000InFlight(Concurrency concurrency) throws Exception {
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

    @Benchmark
    public void rawSyncClientOn16Threads(Concurrency concurrency) throws Exception {
        List<Future<?>> calls = new ArrayList<>(exchanges);
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        for (int i = 0; i < exchanges; i++) {
            calls.add(syncThreads.submit(() -> {
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                sync.invoke(r -> r.functionName(Fixture.SLEEPY).payload(SdkBytes.fromByteArrayUnsafe(payload)));
                return open.decrementAndGet();
            }));
        }
        countThreads(concurrency);
        for (Future<?> call : calls) {
            call.get(60, TimeUnit.SECONDS);
        }
        concurrency.mostOpenExchanges = Math.max(concurrency.mostOpenExchanges, mostOpen.get());
        concurrency.mostInFlight = Math.max(concurrency.mostInFlight, fixture.takeMostInFlight());
    }

    /**
     * Live Java threads outside the emulator (whose threads are named lambda-*), JMH's and the JVM's included; and
     * of those, the ones the SDK runs calls on (its Netty event loops and response executor).
     */
    private static void countThreads(Concurrency concurrency) {
        long client = 0;
        long sdk = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (!name.startsWith("lambda-")) {
                client++;
            }
            if (name.startsWith("aws-java-sdk") || name.startsWith("sdk-async")) {
                sdk++;
            }
        }
        concurrency.clientThreads = Math.max(concurrency.clientThreads, client);
        concurrency.sdkThreads = Math.max(concurrency.sdkThreads, sdk);
    }
}
