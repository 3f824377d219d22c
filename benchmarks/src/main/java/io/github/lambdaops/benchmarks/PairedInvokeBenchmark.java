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
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The 1 KB invoke goals, measured so that the machine's load falls on every side alike: one operation makes one call
 * each through the lambda-ops route (default transport), the camel-aws2-lambda route and the raw Apache 5 and Apache 4
 * SDK clients, in one JVM, in an order shuffled each time, so that every side follows every other equally often (a
 * fixed rotation made each side always follow the same one, and the route's ratio to camel-aws2-lambda read 0.97 in
 * one rotation and 1.04 in another). The emulator serves all connections on one I/O thread (see
 * {@link Fixture#Fixture(int)}). Counters: per side, the wall time and the calling thread's CPU time (all of a
 * synchronous call's client work is on that thread). On a shared machine, separate forks one after another
 * (InvokeBenchmark) see different loads; these calls do not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 8, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class PairedInvokeBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final int SIDES = 4;

    private final String payload = new String(Fixture.jsonPayload(1024), StandardCharsets.UTF_8);
    private Fixture fixture;
    private CamelContext camel;
    private ProducerTemplate template;
    private LambdaClient apache5;
    private LambdaClient apache4;

    /** Per side: wall and CPU nanoseconds over the iteration; and how many rounds (one call of each side) it made. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sides {
        public long routeNanos;
        public long routeCpuNanos;
        public long aws2Nanos;
        public long aws2CpuNanos;
        public long apache5Nanos;
        public long apache5CpuNanos;
        public long apache4Nanos;
        public long apache4CpuNanos;
        public long rounds;
        private final Random shuffle = new Random(42);
        private final int[] order = {0, 1, 2, 3};

        @Setup(Level.Iteration)
        public void reset() {
            routeNanos = 0;
            routeCpuNanos = 0;
            aws2Nanos = 0;
            aws2CpuNanos = 0;
            apache5Nanos = 0;
            apache5CpuNanos = 0;
            apache4Nanos = 0;
            apache4CpuNanos = 0;
            rounds = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        fixture = new Fixture(1);
        apache5 = fixture.apache5Client(16);
        apache4 = fixture.syncClient(16);
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
        fixture.close();
    }

    @Benchmark
    public long oneCallEach(Sides sides) {
        long checksum = 0;
        for (int i = SIDES - 1; i > 0; i--) { // Fisher-Yates, without boxing
            int j = sides.shuffle.nextInt(i + 1);
            int side = sides.order[i];
            sides.order[i] = sides.order[j];
            sides.order[j] = side;
        }
        for (int side : sides.order) {
            switch (side) {
                case 0 -> {
                    long[] spent = timed(() -> template.requestBody(Fixture.LAMBDA_OPS_ROUTE, payload, String.class));
                    sides.routeNanos += spent[0];
                    sides.routeCpuNanos += spent[1];
                    checksum += spent[2];
                }
                case 1 -> {
                    long[] spent = timed(() -> template.requestBody(Fixture.AWS2_LAMBDA_ROUTE, payload, String.class));
                    sides.aws2Nanos += spent[0];
                    sides.aws2CpuNanos += spent[1];
                    checksum += spent[2];
                }
                case 2 -> {
                    long[] spent = timed(() -> invoke(apache5));
                    sides.apache5Nanos += spent[0];
                    sides.apache5CpuNanos += spent[1];
                    checksum += spent[2];
                }
                default -> {
                    long[] spent = timed(() -> invoke(apache4));
                    sides.apache4Nanos += spent[0];
                    sides.apache4CpuNanos += spent[1];
                    checksum += spent[2];
                }
            }
        }
        sides.rounds++;
        return checksum;
    }

    /** Wall nanoseconds, this thread's CPU nanoseconds, and the answer's length (so the call is not optimised away). */
    private static long[] timed(Supplier<String> call) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String answer = call.get();
        return new long[] {System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu, answer.length()};
    }

    private String invoke(LambdaClient client) {
        return client.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .payload().asUtf8String();
    }
}
