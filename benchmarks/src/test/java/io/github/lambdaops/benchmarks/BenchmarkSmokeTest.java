package io.github.lambdaops.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every benchmark method once, in this JVM, so that none rots between full runs. Times are not checked. */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkMethodRunsOnceWithoutError() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BenchmarkSmokeTest.class.getPackageName() + "\\.")
                .forks(0)
                .threads(1)
                .mode(Mode.SingleShotTime)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(1)
                .param("exchanges", "50")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        assertThat(results).extracting(result -> result.getParams().getBenchmark().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1"))
                .containsExactlyInAnyOrder(
                        "PairedInvokeBenchmark.oneCallEach", "RouteOverheadBenchmark.rawClient",
                        "RouteOverheadBenchmark.lambdaOpsRoute", "RouteOverheadBenchmark.aws2LambdaRoute",
                        "InvokeBenchmark.lambdaOpsRoute", "InvokeBenchmark.lambdaOpsRouteSync",
                        "InvokeBenchmark.lambdaOpsRouteAsync", "InvokeBenchmark.rawApache5Client",
                        "InvokeBenchmark.rawApache4Client", "InvokeBenchmark.rawNettyClient",
                        "InvokeBenchmark.aws2LambdaRoute",
                        "InFlightBenchmark.lambdaOpsRoute1000InFlight", "InFlightBenchmark.lambdaOpsRouteAsync1000InFlight",
                        "InFlightBenchmark.lambdaOpsRouteSyncOn16Threads", "InFlightBenchmark.rawSyncClientOn16Threads",
                        "LargePayloadBenchmark.lambdaOpsRoute6Mb", "LargePayloadBenchmark.lambdaOpsRouteSync6Mb",
                        "LargePayloadBenchmark.lambdaOpsRouteAsync6Mb", "LargePayloadBenchmark.rawApache5Client6Mb",
                        "LargePayloadBenchmark.rawApache4Client6Mb", "LargePayloadBenchmark.rawNettyClient6Mb",
                        "ServiceErrorBenchmark.halfNotFoundOn16Threads", "ServiceErrorBenchmark.halfNotFoundOn16Threads",
                        "ControlPlaneBenchmark.getFunction", "ControlPlaneBenchmark.getFunctionEmulatorCpu");
        assertThat(new GoalTable(results).markdown(java.time.LocalDate.now(), 2, "-")).contains("| goal |");
    }
}
