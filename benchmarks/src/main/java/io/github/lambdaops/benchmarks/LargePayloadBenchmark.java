package io.github.lambdaops.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
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
 * A 6 MB invoke of the echo function (6 MB up, 6 MB back) through lambda-ops routes (default transport, sync, async)
 * and the raw SDK clients (Apache 5, Apache 4, Netty), run with JMH's gc profiler for the bytes allocated per call. The emulator runs in the same JVM, so the
 * counter {@code emulatorBytes} measures what its own threads allocated, to be taken off the profiler's figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class LargePayloadBenchmark {
    public static final int PAYLOAD_BYTES = 6_000_000;

    private final byte[] payload = Fixture.jsonPayload(PAYLOAD_BYTES);
    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private LambdaClient apache5;
    private LambdaClient apache4;
    private LambdaAsyncClient netty;

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
        apache5 = fixture.apache5Client(4);
        apache4 = fixture.syncClient(4);
        netty = fixture.asyncClient(4);
        camel = fixture.camel(Fixture.lambdaOpsRoutes(Fixture.ECHO, "maxConnections=4"));
        template = Fixture.template(camel);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        template.stop();
        camel.close();
        apache5.close();
        apache4.close();
        netty.close();
        fixture.close();
    }

    @Benchmark
    public Object lambdaOpsRoute6Mb(EmulatorAllocation allocation) {
        return viaRoute(Fixture.LAMBDA_OPS_ROUTE, allocation);
    }

    @Benchmark
    public Object lambdaOpsRouteSync6Mb(EmulatorAllocation allocation) {
        return viaRoute(Fixture.LAMBDA_OPS_SYNC_ROUTE, allocation);
    }

    @Benchmark
    public Object lambdaOpsRouteAsync6Mb(EmulatorAllocation allocation) {
        return viaRoute(Fixture.LAMBDA_OPS_ASYNC_ROUTE, allocation);
    }

    @Benchmark
    public InvokeResponse rawNettyClient6Mb(EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        InvokeResponse response = netty.invoke(r -> r.functionName(Fixture.ECHO)
                .payload(SdkBytes.fromByteArrayUnsafe(payload))).join();
        count(allocation, before);
        return response;
    }

    @Benchmark
    public InvokeResponse rawApache5Client6Mb(EmulatorAllocation allocation) {
        return viaClient(apache5, allocation);
    }

    @Benchmark
    public InvokeResponse rawApache4Client6Mb(EmulatorAllocation allocation) {
        return viaClient(apache4, allocation);
    }

    private Object viaRoute(String route, EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        Object response = template.requestBody(route, payload);
        count(allocation, before);
        return response;
    }

    private InvokeResponse viaClient(LambdaClient client, EmulatorAllocation allocation) {
        long before = emulatorAllocatedBytes();
        InvokeResponse response = client.invoke(r -> r.functionName(Fixture.ECHO)
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
