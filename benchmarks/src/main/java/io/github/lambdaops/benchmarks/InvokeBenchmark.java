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

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One 1 KB invoke of the echo function at a time: lambda-ops routes (default transport, sync, async), the raw SDK
 * clients (Apache 5, Apache 4, Netty) and a camel-aws2-lambda route. Sampled, so the mean gives throughput and the
 * samples give p99. Each method in a JVM of its own, warmed up for 30 s: the asynchronous path is still being compiled
 * after 10 s. The emulator serves on one I/O thread, so that each JVM's one connection is served alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class InvokeBenchmark {
    private final String payload = new String(Fixture.jsonPayload(1024), StandardCharsets.UTF_8);
    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private LambdaClient apache5;
    private LambdaClient apache4;
    private LambdaAsyncClient netty;

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture(1);
        apache5 = fixture.apache5Client(16);
        apache4 = fixture.syncClient(16);
        netty = fixture.asyncClient(16);
        camel = fixture.camel(Fixture.lambdaOpsRoutes(Fixture.ECHO, "maxConnections=16"),
                fixture.aws2LambdaRoute(Fixture.ECHO));
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

    /**
     * CPU time of the whole process (clients, emulator, JMH) per call. The emulator's share is the same for every
     * variant, so differences are the client side's; on a shared machine it is steadier than time per call.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class ProcessCpu {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        public long cpuNanos;
        public long calls;
        private long start;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        void begin() {
            start = OS.getProcessCpuTime();
        }

        <T> T end(T result) {
            cpuNanos += OS.getProcessCpuTime() - start;
            calls++;
            return result;
        }
    }

    @Benchmark
    public String lambdaOpsRoute(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(template.requestBody(Fixture.LAMBDA_OPS_ROUTE, payload, String.class));
    }

    @Benchmark
    public String lambdaOpsRouteSync(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(template.requestBody(Fixture.LAMBDA_OPS_SYNC_ROUTE, payload, String.class));
    }

    @Benchmark
    public String lambdaOpsRouteAsync(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(template.requestBody(Fixture.LAMBDA_OPS_ASYNC_ROUTE, payload, String.class));
    }

    @Benchmark
    public String rawApache5Client(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(invoke(apache5));
    }

    @Benchmark
    public String rawApache4Client(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(invoke(apache4));
    }

    @Benchmark
    public String rawNettyClient(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(netty.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .join().payload().asUtf8String());
    }

    @Benchmark
    public String aws2LambdaRoute(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(template.requestBody(Fixture.AWS2_LAMBDA_ROUTE, payload, String.class));
    }

    private String invoke(LambdaClient client) {
        return client.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .payload().asUtf8String();
    }
}
