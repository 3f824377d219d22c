package io.github.lambdaops.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The goals of the benchmarks as ratios taken from one run, in Markdown, with the figures they come from. */
final class GoalTable {
    private static final List<String> INVOKE = List.of("lambdaOpsRoute", "lambdaOpsRouteSync", "lambdaOpsRouteAsync",
            "rawApache5Client", "rawApache4Client", "rawNettyClient", "aws2LambdaRoute");
    private static final List<String> RAW_INVOKE = List.of("rawApache5Client", "rawApache4Client", "rawNettyClient");
    private static final List<String> IN_FLIGHT = List.of("lambdaOpsRoute1000InFlight",
            "lambdaOpsRouteAsync1000InFlight", "lambdaOpsRouteSyncOn16Threads", "rawSyncClientOn16Threads");
    private static final List<String> LARGE = List.of("lambdaOpsRoute6Mb", "lambdaOpsRouteSync6Mb",
            "lambdaOpsRouteAsync6Mb", "rawApache5Client6Mb", "rawApache4Client6Mb", "rawNettyClient6Mb");
    private static final String SERVICE_ERRORS = "ServiceErrorBenchmark.halfNotFoundOn16Threads";
    private static final List<String> OVERHEAD = List.of("rawClient", "lambdaOpsRoute", "aws2LambdaRoute");

    private final Map<String, RunResult> byMethod;

    GoalTable(Collection<RunResult> results) {
        this.byMethod = results.stream().collect(Collectors.toMap(GoalTable::key, Function.identity()));
    }

    /** Class.method, and for ServiceErrorBenchmark the transport: Class.method[async]. */
    private static String key(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String key = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        String transport = result.getParams().getParam("transport");
        return transport == null ? key : key + "[" + transport + "]";
    }

    String markdown(LocalDate date, int cores, String loadAverage) {
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(date).append(" on ").append(cores).append(" cores (`nproc`), JDK ")
                .append(System.getProperty("java.version")).append("; load average ").append(loadAverage)
                .append(".\n\n");

        double route = pairedOpsPerSecond("route");
        double aws2 = pairedOpsPerSecond("aws2");
        String fastestRaw = pairedOpsPerSecond("apache5") >= pairedOpsPerSecond("apache4") ? "apache5" : "apache4";
        double raw = pairedOpsPerSecond(fastestRaw);
        double routeCpu = pairedCpuPerCall("route");
        double rawCpu = pairedCpuPerCall(fastestRaw);
        double rawSeparately = RAW_INVOKE.stream().mapToDouble(m -> opsPerSecond(invoke(m))).max().orElseThrow();

        String burst = "InFlightBenchmark.lambdaOpsRoute1000InFlight";
        double exchanges = Double.parseDouble(result(burst).getParams().getParam("exchanges"));
        double inFlightRoute = invokesPerSecond(burst);
        double inFlightSync = invokesPerSecond("InFlightBenchmark.rawSyncClientOn16Threads");
        double mostOpen = highest(burst, "mostOpenExchanges");
        double callThreads = highest(burst, "callThreads");

        double routeBytes = clientBytesPerCall("LargePayloadBenchmark.lambdaOpsRoute6Mb");
        double getFunction = score("ControlPlaneBenchmark.getFunction");
        double cpuPerGet = secondary("ControlPlaneBenchmark.getFunctionEmulatorCpu", "emulatorCpuNanos")
                / secondary("ControlPlaneBenchmark.getFunctionEmulatorCpu", "calls");
        double emulatorCapacity = cores * 1e9 / cpuPerGet;

        md.append("| goal | measured | ratio | target | met |\n|---|---|---|---|---|\n");
        goal(md, "1 KB invoke one at a time, paired calls: lambda-ops route (default transport) vs camel-aws2-lambda "
                        + "route", ops(route) + " vs " + ops(aws2), route / aws2, ">= 1.0", route / aws2 >= 1.0);
        goal(md, "the same vs the fastest raw SDK client (raw " + fastestRaw + ")", ops(route) + " vs " + ops(raw),
                route / raw, ">= 0.95", route / raw >= 0.95);
        goal(md, "the same: CPU per call of the calling thread vs that raw client's",
                String.format(Locale.ROOT, "%.0f vs %.0f µs", routeCpu / 1e3, rawCpu / 1e3), routeCpu / rawCpu,
                "<= 1.05", routeCpu / rawCpu <= 1.05);
        goal(md, "1 KB invoke, each in its own JVM one after another (below): route (default transport) vs the "
                        + "fastest raw client", ops(opsPerSecond(invoke("lambdaOpsRoute"))) + " vs " + ops(rawSeparately),
                opsPerSecond(invoke("lambdaOpsRoute")) / rawSeparately, ">= 0.95",
                opsPerSecond(invoke("lambdaOpsRoute")) / rawSeparately >= 0.95);
        goal(md, "50 ms function, " + (int) exchanges + " exchanges sent at once from 1 thread through the route "
                        + "(default transport) vs the raw sync client on 16 threads (invokes/s)",
                ops(inFlightRoute) + " vs " + ops(inFlightSync), inFlightRoute / inFlightSync, ">= 5",
                inFlightRoute / inFlightSync >= 5);
        goal(md, "the same: exchanges open at once, on the threads calls run on",
                String.format(Locale.ROOT, "%.0f open (%.0f in the function at once) on %.0f threads", mostOpen,
                        highest(burst, "mostInFlight"), callThreads),
                mostOpen / 1000, ">= 1000 on <= 16 threads", mostOpen >= 1000 && callThreads <= 16);
        goal(md, "6 MB invoke: client bytes allocated per call / payload, route (default transport)",
                mb(routeBytes) + " per call", routeBytes / LargePayloadBenchmark.PAYLOAD_BYTES, "<= 2.5",
                routeBytes / LargePayloadBenchmark.PAYLOAD_BYTES <= 2.5);
        for (String transport : List.of("default", "async")) {
            String key = SERVICE_ERRORS + "[" + transport + "]";
            double wrong = secondary(key, "wrongOutcomes");
            double calls = secondary(key, "calls");
            double newConnections = secondary(key, "newConnections");
            goal(md, "404 for half the calls on 16 threads, maxAttempts=1, transport " + transport
                            + ": calls failed otherwise than as answered; new connections after the warm-up",
                    String.format(Locale.ROOT, "%.0f of %.0f failed; %.0f new connections", wrong, calls,
                            newConnections), wrong + newConnections, "0 and 0", wrong == 0 && newConnections == 0);
        }
        goal(md, "emulator: GetFunction per second, raw SDK client on 4 threads in the same JVM",
                ops(getFunction), getFunction / 20_000, ">= 20k/s", getFunction >= 20_000);
        goal(md, "emulator: GetFunction per second its " + cores + " cores could serve, from its CPU time per call",
                String.format(Locale.ROOT, "%.0f µs CPU per call -> %s", cpuPerGet / 1e3, ops(emulatorCapacity)),
                emulatorCapacity / 20_000, ">= 20k/s", emulatorCapacity >= 20_000);

        md.append("\n| 1 KB invoke, one at a time | ops/s | ± (99.9%) | mean µs | p99 µs | process CPU µs per call "
                + "| ops/s vs fastest raw |\n|---|---|---|---|---|---|---|\n");
        for (String method : INVOKE) {
            RunResult result = result(invoke(method));
            Result<?> primary = result.getPrimaryResult();
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |%n", method,
                    opsPerSecond(invoke(method)), opsPerSecond(invoke(method)) * primary.getScoreError()
                            / primary.getScore(), primary.getScore(), primary.getStatistics().getPercentile(99),
                    cpuPerCall(invoke(method)) / 1e3, opsPerSecond(invoke(method)) / raw));
        }
        md.append("\n| 1 KB invoke, HTTP answered in memory (RouteOverheadBenchmark) | µs per call | over the raw client "
                + "| bytes allocated per call | over the raw client |\n|---|---|---|---|---|\n");
        for (String method : OVERHEAD) {
            String key = "RouteOverheadBenchmark." + method;
            String rawKey = "RouteOverheadBenchmark.rawClient";
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %+.1f | %.0f | %+.0f |%n", method, score(key),
                    score(key) - score(rawKey), secondary(key, "gc.alloc.rate.norm"),
                    secondary(key, "gc.alloc.rate.norm") - secondary(rawKey, "gc.alloc.rate.norm")));
        }
        md.append("\n| 50 ms function, " + (int) exchanges + " invokes | invokes/s | most open at once "
                + "| most in the function at once | call threads (SDK, lambda-ops) |\n|---|---|---|---|---|\n");
        for (String method : IN_FLIGHT) {
            String key = "InFlightBenchmark." + method;
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", method,
                    invokesPerSecond(key), highest(key, "mostOpenExchanges"), highest(key, "mostInFlight"),
                    highest(key, "callThreads")));
        }
        md.append("\n| 6 MB invoke | ms/call | gc.alloc.rate.norm B/call | of which emulator B/call "
                + "| client B/call / payload |\n|---|---|---|---|---|\n");
        for (String method : LARGE) {
            String key = "LargePayloadBenchmark." + method;
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.0f | %.2f |%n", method, score(key),
                    secondary(key, "gc.alloc.rate.norm"), emulatorBytesPerCall(key),
                    clientBytesPerCall(key) / LargePayloadBenchmark.PAYLOAD_BYTES));
        }
        return md.toString();
    }

    /** One call at a time through one side of PairedInvokeBenchmark: one second over its mean wall time per call. */
    private double pairedOpsPerSecond(String side) {
        return 1e9 / (paired(side + "Nanos") / paired("rounds"));
    }

    private double pairedCpuPerCall(String side) {
        return paired(side + "CpuNanos") / paired("rounds");
    }

    private double paired(String counter) {
        return secondary("PairedInvokeBenchmark.oneCallEach", counter);
    }

    private static String invoke(String method) {
        return "InvokeBenchmark." + method;
    }

    private static void goal(StringBuilder md, String goal, String measured, double ratio, String target, boolean met) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s |%n", goal, measured, ratio, target,
                met ? "yes" : "**no**"));
    }

    /** Throughput of a one-call-at-a-time sampled benchmark: one second over the mean time of a call. */
    private double opsPerSecond(String method) {
        return 1e6 / score(method);
    }

    private double cpuPerCall(String method) {
        return secondary(method, "cpuNanos") / secondary(method, "calls");
    }

    /** Invokes per second of a benchmark whose operation is {@code exchanges} invokes, in ms per operation. */
    private double invokesPerSecond(String method) {
        return Double.parseDouble(result(method).getParams().getParam("exchanges")) * 1e3 / score(method);
    }

    private double clientBytesPerCall(String method) {
        return secondary(method, "gc.alloc.rate.norm") - emulatorBytesPerCall(method);
    }

    private double emulatorBytesPerCall(String method) {
        return secondary(method, "emulatorBytes") / secondary(method, "calls");
    }

    /** The highest per-iteration value of a counter (JMH sums counters over iterations). */
    private double highest(String method, String label) {
        secondary(method, label);
        return result(method).getSecondaryResults().get(label).getStatistics().getMax();
    }

    private double score(String method) {
        return result(method).getPrimaryResult().getScore();
    }

    private double secondary(String method, String label) {
        Result<?> result = result(method).getSecondaryResults().get(label);
        if (result == null) {
            throw new IllegalStateException(method + " has no result " + label + "; it has "
                    + result(method).getSecondaryResults().keySet());
        }
        return result.getScore();
    }

    private RunResult result(String method) {
        RunResult result = byMethod.get(method);
        if (result == null) {
            throw new IllegalStateException("No result for " + method + "; have " + byMethod.keySet());
        }
        return result;
    }

    private static String ops(double perSecond) {
        return String.format(Locale.ROOT, "%.0f/s", perSecond);
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
