package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * One invocation of a function: its request id, log and context, and its result, which either the function or the
 * timeout settles, whichever {@link #claim() claims} it first. A streamed invocation also has the
 * {@link ResponseChunks} its response goes to, until its result is claimed.
 */
final class Invocation {
    private final String requestId;
    private final FunctionVersion version;
    private final InvocationLog log = new InvocationLog();
    private final FunctionContext context;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final ResponseChunks chunks;
    private boolean streamStarted;
    private final CompletableFuture<InvocationResult> result = new CompletableFuture<>();
    private volatile Runnable outputCollector = () -> { };
    private volatile long initNanos = -1;
    /** The peak memory of the process that ran the invocation, or -1 when it ran in this JVM. */
    private volatile long peakMemoryBytes = -1;
    private IntFunction<Future<?>> timer;
    private Future<?> pendingTimeout;

    Invocation(String requestId, FunctionVersion version, String invokedArn, ClientContext clientContext,
               ResponseChunks chunks) {
        this.requestId = requestId;
        this.version = version;
        this.chunks = chunks;
        this.context = new FunctionContext(requestId, version.configuration(), invokedArn, clientContext, log, startNanos);
        log.line("START RequestId: " + requestId + " Version: " + version.version());
    }

    String requestId() {
        return requestId;
    }

    FunctionVersion version() {
        return version;
    }

    FunctionConfiguration configuration() {
        return version.configuration();
    }

    FunctionContext context() {
        return context;
    }

    InvocationLog log() {
        return log;
    }

    CompletableFuture<InvocationResult> result() {
        return result;
    }

    /**
     * Schedules the timeout: {@code timer} starts it after the given number of seconds, now (with
     * {@code initSeconds} more for a runtime's init phase) and again when {@link #restartClock()} says so.
     */
    synchronized void startClock(IntFunction<Future<?>> timer, int initSeconds) {
        this.timer = timer;
        this.pendingTimeout = timer.apply(configuration().timeout() + initSeconds);
    }

    /** The runtime got the event: the function's Timeout counts from now. */
    synchronized void restartClock() {
        if (timer != null && pendingTimeout.cancel(false)) {
            context.restartDeadline();
            pendingTimeout = timer.apply(configuration().timeout());
        }
    }

    synchronized void stopClock() {
        if (pendingTimeout != null) {
            pendingTimeout.cancel(false);
        }
    }

    /** Where output the function wrote elsewhere (a runtime process's) is fetched into the log from. */
    void outputFrom(Runnable collector) {
        outputCollector = collector;
    }

    /** Fetches the function's latest output into the log, as before the log ends at a timeout. */
    void collectOutput() {
        outputCollector.run();
    }

    /** This invocation started its environment, whose init phase took so long: its REPORT tells, as AWS's does. */
    void initialized(long nanos) {
        initNanos = nanos;
    }

    /** The process that ran this invocation used at most so much memory, for the REPORT's Max Memory Used. */
    void peakMemory(long bytes) {
        peakMemoryBytes = bytes;
    }

    /**
     * Max Memory Used of the REPORT line: the process's peak, or for a function run in this JVM, the heap the
     * JVM uses, at most the function's memory size as on AWS.
     */
    private long maxMemoryUsedMb() {
        java.lang.Runtime jvm = java.lang.Runtime.getRuntime();
        long bytes = peakMemoryBytes >= 0 ? peakMemoryBytes : jvm.totalMemory() - jvm.freeMemory();
        return Math.max(1, Math.min(configuration().memorySize(), Math.round(bytes / (1024.0 * 1024.0))));
    }

    /** True for the one caller that may settle the result; no chunk is streamed after it. */
    boolean claim() {
        synchronized (claimed) {
            return claimed.compareAndSet(false, true);
        }
    }

    /** True when the response goes to {@link ResponseChunks} as it is produced. */
    boolean streams() {
        return chunks != null;
    }

    void streamStarted(String contentType) {
        synchronized (claimed) {
            if (streams() && !claimed.get() && !streamStarted) {
                streamStarted = true;
                chunks.started(contentType);
            }
        }
    }

    /** Forwards the next chunk of a streamed response, unless the invocation has ended meanwhile (a timeout). */
    void stream(byte[] chunk) {
        synchronized (claimed) {
            if (!claimed.get()) {
                chunks.write(chunk);
            }
        }
    }

    /**
     * Ends the log with END and REPORT. As AWS's, the Duration leaves out the init phase, which has a figure of its
     * own, and the Billed Duration counts both (AWS bills the init phase since August 2025).
     */
    void complete(byte[] payload, boolean failed) {
        byte[] answered = payload;
        if (streams() && !failed) { // a buffered response, streamed in one piece now that it is complete
            if (!streamStarted) {
                streamStarted = true;
                chunks.answeredWhole(payload);
            } else if (payload.length > 0) {
                chunks.write(payload);
            }
            answered = new byte[0];
        }
        double initMillis = Math.max(0, initNanos) / 1_000_000.0;
        double millis = Math.max(0, (System.nanoTime() - startNanos) / 1_000_000.0 - initMillis);
        log.line("END RequestId: " + requestId);
        log.line(String.format(Locale.ROOT, "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\t"
                + "Memory Size: %d MB\tMax Memory Used: %d MB\t", requestId, millis,
                (long) Math.ceil(millis + initMillis), configuration().memorySize(), maxMemoryUsedMb())
                + (initNanos < 0 ? "" : String.format(Locale.ROOT, "Init Duration: %.2f ms\t", initMillis)));
        result.complete(new InvocationResult(answered, failed ? "Unhandled" : null, log.text(), version.version(),
                requestId));
    }
}
