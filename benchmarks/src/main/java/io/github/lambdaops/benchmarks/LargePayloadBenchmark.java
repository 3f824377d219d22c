package io.github.lambdaops.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * A 6 MB invoke of the echo function (6 MB up, 6 MB back) through a lambda-ops route and through the raw sync and
 * async SDK clients, run with JMH's gc profiler for the bytes allocated per call. The emulator runs in the same JVM, so the
 * counter {@code emulatorBytes} measures what its own threads allocated, to be taken off the profiler's figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class LargePayloadBenchmark {
    public static final int PAYLOAD_BYTES = 6_000_000;

    private final byte[] payload = Fixture.jsonPayload(PAYLOAD_BYTES);
    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private LambdaClient sync;
    private LambdaAsyncClient async;

    /** What the emulator's threads allocated during the iteration, and in how many calls. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class EmulatorAllocation {
        public long emulatorBytes;
        public long calls;

        @Setup(Level.Iteration)
        public void reset() {
            emulatorBytes = 0;
            calls = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture();
        sync = fixture.syncClient(4);
        async = fixture.asyncClient(4);
        camel = fixture.camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(Fixture.LAMBDA_OPS_ROUTE).to("lambda-ops:" + Fixture.ECHO);
            }
        });
        template = Fixture.template(camel);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        template.stop();
        camel.close();
        sync.close();
        async.close();
        fixture.close();
    }

    @Benchmark
    public Object lambdaOpsRoute6Mb(EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        Object response = template.requestBody(Fixture.LAMBDA_OPS_ROUTE, payload);
        count(allocation, before);
        return response;
    }

    @Benchmark
    public InvokeResponse rawAsyncClient6Mb(EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        InvokeResponse response = async.invoke(r -> r.functionName(Fixture.ECHO)
                .payload(SdkBytes.fromByteArrayUnsafe(payload))).join();
        count(allocation, before);
        return response;
    }

    @Benchmark
    public InvokeResponse rawSyncClient6Mb(EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        InvokeResponse response = sync.invoke(r -> r.functionName(Fixture.ECHO)
                .payload(SdkBytes.fromByteArrayUnsafe(payload)));
        count(allocation, before);
        return response;
    }

    private static void count(EmulatorAllocation allocation, long before) {
        allocation.emulatorBytes += emulatorAllocatedBytes() - before;
        allocation.calls++;
    }

    /** Bytes allocated so far by the emulator's threads (named lambda-*), alive now. */
    private static long emulatorAllocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("lambda-")) {
                total += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
        return total;
    }
}
