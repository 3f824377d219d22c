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

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One 1 KB invoke of the echo function, four ways: a lambda-ops route, the raw sync and async SDK clients, and a
 * camel-aws2-lambda route. Sampled one call at a time, so the mean gives throughput and the samples give p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class InvokeBenchmark {
    private final String payload = new String(Fixture.jsonPayload(1024), StandardCharsets.UTF_8);
    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private LambdaClient sync;
    private LambdaAsyncClient async;

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture();
        sync = fixture.syncClient(16);
        async = fixture.asyncClient(16);
        camel = fixture.camel(new RouteBuilder() {
            @Override
            public void configure() {
                from(Fixture.LAMBDA_OPS_ROUTE).to("lambda-ops:" + Fixture.ECHO);
                from(Fixture.AWS2_LAMBDA_ROUTE).to(fixture.aws2LambdaUri(Fixture.ECHO));
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
    public String rawSyncClient(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(sync.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .payload().asUtf8String());
    }

    @Benchmark
    public String rawAsyncClient(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(async.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .join().payload().asUtf8String());
    }

    @Benchmark
    public String aws2LambdaRoute(ProcessCpu cpu) {
        cpu.begin();
        return cpu.end(template.requestBody(Fixture.AWS2_LAMBDA_ROUTE, payload, String.class));
    }
}
