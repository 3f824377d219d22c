package io.github.lambdaops.benchmarks;

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

import java.util.concurrent.TimeUnit;

/** GetFunction calls per second the emulator serves to raw SDK clients on four threads (all in one JVM). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
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

    @Benchmark
    public GetFunctionResponse getFunction() {
        return sync.getFunction(r -> r.functionName(Fixture.ECHO));
    }
}
