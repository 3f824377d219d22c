package io.github.lambdaops.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Runs every benchmark once, with the settings on their classes (each method in a JVM of its own, warmed up for
 * 30 s; the 6 MB and the in-memory ones with the gc profiler), and writes
 * {@code results.json} (JMH's format) and {@code results.md} (the goals as ratios of that one run) to the directory
 * given as the first argument.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/benchmark-results");
        Files.createDirectories(directory);
        List<RunResult> results = new ArrayList<>();
        List<Double> load = new ArrayList<>(List.of(loadAverage()));
        for (ChainedOptionsBuilder benchmark : List.of(only(PairedInvokeBenchmark.class),
                only(RouteOverheadBenchmark.class).addProfiler(GCProfiler.class), only(InvokeBenchmark.class),
                only(InFlightBenchmark.class),
                only(LargePayloadBenchmark.class).addProfiler(GCProfiler.class), only(ServiceErrorBenchmark.class),
                only(ControlPlaneBenchmark.class))) {
            results.addAll(run(benchmark));
            load.add(loadAverage());
        }

        Path json = directory.resolve("results.json");
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(results);
        String table = new GoalTable(results).markdown(LocalDate.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(), String.format(Locale.ROOT,
                        "%.1f-%.1f (1 minute, before and after each benchmark class)", Collections.min(load),
                        Collections.max(load)));
        Files.writeString(directory.resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
        System.out.println("Written: " + json + " and " + directory.resolve("results.md"));
    }

    static ChainedOptionsBuilder only(Class<?> benchmark) {
        return new OptionsBuilder().include("\\." + benchmark.getSimpleName() + "\\.").shouldFailOnError(true);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static java.util.Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }
}
