package io.github.lambdaops.benchmarks;

import io.github.lambdaops.camel.LambdaOpsConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Service errors under load, each call tried once (maxAttempts=1): 16 threads, half the calls naming a function that
 * does not exist (404). Per operation of 16 x 40 calls, the counters say how many calls failed otherwise than as
 * answered (a 404 for the missing function, success for the other) and how many connections the emulator accepted:
 * after the warm-up filled the pool, none should be new. For the default transport and for async, the path the
 * SDK's Netty client used to lose connections on (see ServiceErrorSafeHttpClient).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class ServiceErrorBenchmark {
    static final int THREADS = 16;
    static final int CALLS_PER_THREAD = 40;

    @Param({"default", "async"})
    public String transport;

    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private ExecutorService threads;
    private String route;

    /** Per iteration: calls made, calls that failed otherwise than as answered, connections the emulator accepted. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Outcome {
        public long calls;
        public long wrongOutcomes;
        public long newConnections;

        @Setup(Level.Iteration)
        public void reset() {
            calls = 0;
            wrongOutcomes = 0;
            newConnections = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture();
        camel = fixture.camel(Fixture.lambdaOpsRoutes("", "maxAttempts=1&maxConnections=" + THREADS));
        template = Fixture.template(camel);
        threads = Executors.newFixedThreadPool(THREADS);
        route = "async".equals(transport) ? Fixture.LAMBDA_OPS_ASYNC_ROUTE : Fixture.LAMBDA_OPS_ROUTE;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        threads.shutdownNow();
        template.stop();
        camel.close();
        fixture.close();
    }

    @Benchmark
    public void halfNotFoundOn16Threads(Outcome outcome) throws Exception {
        long connectionsBefore = fixture.emulator().connectionCount();
        AtomicLong wrong = new AtomicLong();
        List<Future<?>> running = new ArrayList<>(THREADS);
        for (int t = 0; t < THREADS; t++) {
            running.add(threads.submit(() -> {
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    boolean present = i % 2 == 0;
                    Exchange exchange = template.send(route, e -> {
                        e.getIn().setBody("{}");
                        e.getIn().setHeader(LambdaOpsConstants.FUNCTION_NAME, present ? Fixture.ECHO : "absent");
                    });
                    Exception failure = exchange.getException();
                    if (present ? failure != null : !(failure instanceof ResourceNotFoundException)) {
                        wrong.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get(120, TimeUnit.SECONDS);
        }
        outcome.calls += THREADS * CALLS_PER_THREAD;
        outcome.wrongOutcomes += wrong.get();
        outcome.newConnections += fixture.emulator().connectionCount() - connectionsBefore;
    }
}
