package io.github.lambdaops.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The goals of the benchmarks as ratios taken from one run, in Markdown. */
final class GoalTable {
    private final Map<String, RunResult> byMethod;

    GoalTable(Collection<RunResult> results) {
        this.byMethod = results.stream().collect(Collectors.toMap(
                result -> result.getParams().getBenchmark().substring(
                        result.getParams().getBenchmark().lastIndexOf('.', result.getParams().getBenchmark()
                                .lastIndexOf('.') - 1) + 1),
                Function.identity()));
    }

    String markdown(LocalDate date, int cores) {
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(date).append(" on ").append(cores).append(" cores (`nproc`), JDK ")
                .append(System.getProperty("java.version")).append(".\n\n");

        double route = opsPerSecond("InvokeBenchmark.lambdaOpsRoute");
        double rawSync = opsPerSecond("InvokeBenchmark.rawSyncClient");
        double rawAsync = opsPerSecond("InvokeBenchmark.rawAsyncClient");
        double aws2 = opsPerSecond("InvokeBenchmark.aws2LambdaRoute");
        double exchanges = Double.parseDouble(result("InFlightBenchmark.lambdaOpsRoute1000InFlight").getParams()
                .getParam("exchanges"));
        double inFlightRoute = exchanges * 1e3 / score("InFlightBenchmark.lambdaOpsRoute1000InFlight");
        double inFlightSync = exchanges * 1e3 / score("InFlightBenchmark.rawSyncClientOn16Threads");
        double mostOpen = highest("InFlightBenchmark.lambdaOpsRoute1000InFlight", "mostOpenExchanges");
        double mostInFunction = highest("InFlightBenchmark.lambdaOpsRoute1000InFlight", "mostInFlight");
        double syncMostOpen = highest("InFlightBenchmark.rawSyncClientOn16Threads", "mostOpenExchanges");
        double sdkThreads = highest("InFlightBenchmark.lambdaOpsRoute1000InFlight", "sdkThreads");
        double routeBytes = clientBytesPerCall("LargePayloadBenchmark.lambdaOpsRoute6Mb");
        double rawBytes = clientBytesPerCall("LargePayloadBenchmark.rawSyncClient6Mb");
        double rawAsyncBytes = clientBytesPerCall("LargePayloadBenchmark.rawAsyncClient6Mb");
        double getFunction = score("ControlPlaneBenchmark.getFunction");
        double cpuPerGet = secondary("ControlPlaneBenchmark.getFunctionEmulatorCpu", "emulatorCpuNanos")
                / secondary("ControlPlaneBenchmark.getFunctionEmulatorCpu", "calls");
        double emulatorCapacity = cores * 1e9 / cpuPerGet;

        md.append("| goal | measured | ratio | target | met |\n|---|---|---|---|---|\n");
        goal(md, "1 KB invoke: lambda-ops route vs raw sync `LambdaClient` (throughput)",
                ops(route) + " vs " + ops(rawSync), route / rawSync, ">= 0.95", route / rawSync >= 0.95);
        goal(md, "1 KB invoke: lambda-ops route vs camel-aws2-lambda route (throughput)",
                ops(route) + " vs " + ops(aws2), route / aws2, ">= 1.0", route / aws2 >= 1.0);
        goal(md, "50 ms function, 1000 exchanges: route from 1 thread vs raw sync client on 16 threads (invokes/s)",
                ops(inFlightRoute) + " vs " + ops(inFlightSync), inFlightRoute / inFlightSync, ">= 5",
                inFlightRoute / inFlightSync >= 5);
        goal(md, "the same: exchanges open at once through the route, on the SDK's threads",
                String.format(Locale.ROOT, "%.0f open (%.0f running in the function at once; sync: %.0f open), "
                        + "%.0f SDK threads", mostOpen, mostInFunction, syncMostOpen, sdkThreads),
                mostOpen / exchanges, ">= 1000 on <= 16 threads", mostOpen >= 1000 && sdkThreads <= 16);
        goal(md, "6 MB invoke: bytes allocated per call / payload, lambda-ops route (client side)",
                mb(routeBytes) + " per call", routeBytes / LargePayloadBenchmark.PAYLOAD_BYTES, "<= 2.5",
                routeBytes / LargePayloadBenchmark.PAYLOAD_BYTES <= 2.5);
        goal(md, "6 MB invoke: bytes allocated per call / payload, raw sync SDK (client side, reference)",
                mb(rawBytes) + " per call", rawBytes / LargePayloadBenchmark.PAYLOAD_BYTES, "-", true);
        goal(md, "6 MB invoke: bytes allocated per call / payload, raw async SDK (client side, reference)",
                mb(rawAsyncBytes) + " per call", rawAsyncBytes / LargePayloadBenchmark.PAYLOAD_BYTES, "-", true);
        goal(md, "emulator: GetFunction per second, raw SDK client on 4 threads in the same JVM",
                ops(getFunction), getFunction / 20_000, ">= 20k/s", getFunction >= 20_000);
        goal(md, "emulator: GetFunction per second its " + cores + " cores could serve, from its CPU time per call",
                String.format(Locale.ROOT, "%.0f µs CPU per call -> %s", cpuPerGet / 1e3, ops(emulatorCapacity)),
                emulatorCapacity / 20_000, ">= 20k/s", emulatorCapacity >= 20_000);

        md.append("\n| 1 KB invoke | ops/s | mean µs | p99 µs | process CPU µs per call |\n|---|---|---|---|---|\n");
        for (String method : new String[] {"lambdaOpsRoute", "rawSyncClient", "rawAsyncClient", "aws2LambdaRoute"}) {
            String key = "InvokeBenchmark." + method;
            RunResult result = result(key);
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", method, opsPerSecond(key),
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getStatistics().getPercentile(99),
                    secondary(key, "cpuNanos") / secondary(key, "calls") / 1e3));
        }
        md.append("\n| 6 MB invoke | ms/call | gc.alloc.rate.norm B/call | of which emulator B/call |\n"
                + "|---|---|---|---|\n");
        for (String method : new String[] {"lambdaOpsRoute6Mb", "rawSyncClient6Mb", "rawAsyncClient6Mb"}) {
            String key = "LargePayloadBenchmark." + method;
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.0f |%n", method, score(key),
                    secondary(key, "gc.alloc.rate.norm"), emulatorBytesPerCall(key)));
        }
        return md.toString();
    }

    private static void goal(StringBuilder md, String goal, String measured, double ratio, String target, boolean met) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s |%n", goal, measured, ratio, target,
                met ? "yes" : "**no**"));
    }

    /** Throughput of a one-call-at-a-time sampled benchmark: one second over the mean time of a call. */
    private double opsPerSecond(String method) {
        return 1e6 / score(method);
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
