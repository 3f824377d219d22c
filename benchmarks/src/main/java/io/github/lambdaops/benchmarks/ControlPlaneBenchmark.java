package io.github.lambdaops.benchmarks;

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
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * GetFunction calls per second the emulator serves to raw SDK clients on four threads, all in one JVM, so the
 * clients' CPU counts against it; and, one call at a time, the CPU time the emulator's own threads spend per call,
 * which gives what its cores could serve without the clients.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(4)
public class ControlPlaneBenchmark {
    private Fixture fixture;
    private LambdaClient sync;

    @Setup(Level.Trial)
    public void start() {
        fixture = new Fixture();
        sync = fixture.syncClient(8);
    }

    @TearDown(Level.Trial)
    public void stop() {
        sync.close();
        fixture.close();
    }

    /**
     * CPU time the emulator's HTTP threads spent during the iteration's calls, the bytes they allocated (which,
     * unlike time, does not move with the machine's load), and how many calls.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class EmulatorCpu {
        public long emulatorCpuNanos;
        public long emulatorBytes;
        public long calls;
        private long[] httpThreads;

        @Setup(Level.Iteration)
        public void reset() {
            emulatorCpuNanos = 0;
            emulatorBytes = 0;
            calls = 0;
            httpThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("lambda-http"))
                    .mapToLong(Thread::getId)
                    .toArray();
        }

        long cpuNanos() {
            long total = 0;
            for (long cpu : THREADS.getThreadCpuTime(httpThreads)) {
                total += Math.max(0, cpu);
            }
            return total;
        }

        long allocatedBytes() {
            long total = 0;
            for (long bytes : THREADS.getThreadAllocatedBytes(httpThreads)) {
                total += Math.max(0, bytes);
            }
            return total;
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Benchmark
    public GetFunctionResponse getFunction() {
        return sync.getFunction(r -> r.functionName(Fixture.ECHO));
    }

    @Benchmark
    @Threads(1)
    public GetFunctionResponse getFunctionEmulatorCpu(EmulatorCpu cpu) {
        long before = cpu.cpuNanos();
        long allocatedBefore = cpu.allocatedBytes();
        GetFunctionResponse response = sync.getFunction(r -> r.functionName(Fixture.ECHO));
        cpu.emulatorCpuNanos += cpu.cpuNanos() - before;
        cpu.emulatorBytes += cpu.allocatedBytes() - allocatedBefore;
        cpu.calls++;
        return response;
    }
}
