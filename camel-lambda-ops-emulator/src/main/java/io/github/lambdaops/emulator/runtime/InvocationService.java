package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.github.lambdaops.emulator.FunctionHandler;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs functions: a registered {@link FunctionHandler} when one matches the function's Handler, else Python,
 * Node.js and custom runtimes (and Java, when set to) as processes on the Runtime API, else a Java function from its
 * zip in this JVM, else reports that the emulator has no runtime for it. Functions run on worker threads, never the
 * caller's, and are interrupted (processes: killed) when their Timeout passes. Their execution environments come
 * and go within {@link EnvironmentLimits}: reclaimed when idle, bounded in number.
 */
public final class InvocationService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvocationService.class);
    /** How long a runtime process may take to start and initialize, on top of the function's Timeout (Lambda's). */
    private static final int INIT_SECONDS = 10;

    private final Map<String, FunctionHandler> registeredHandlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> invocationCounts = new ConcurrentHashMap<>();
    private final LiveEnvironments environments;
    private final JavaFunctions javaFunctions;
    private final ProcessFunctions processFunctions;
    private volatile LayerContents layerContents = LayerContents.NONE;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("lambda-function-"));
    private final ScheduledExecutorService timeouts =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("lambda-timeout-"));

    /** Runs functions in execution environments held to the {@link EnvironmentLimits#DEFAULT default limits}. */
    public InvocationService() {
        this(EnvironmentLimits.DEFAULT);
    }

    /** Runs functions in execution environments held to {@code limits}. */
    public InvocationService(EnvironmentLimits limits) {
        this.environments = new LiveEnvironments(limits);
        this.javaFunctions = new JavaFunctions(environments);
        this.processFunctions = new ProcessFunctions(environments);
    }

    public void registerHandler(String handler, FunctionHandler function) {
        registeredHandlers.put(handler, function);
    }

    public long invocationCount(String functionName) {
        AtomicLong count = invocationCounts.get(functionName);
        return count == null ? 0 : count.get();
    }

    public void resetCounts() {
        invocationCounts.clear();
    }

    /** Forgets the loaded code of a function (unqualified ARN) or of one of its versions (qualified ARN). */
    public void unload(String functionArn) {
        javaFunctions.unload(functionArn);
        processFunctions.unload(functionArn);
    }

    /**
     * Runs the processes of {@code runtimeOrLanguage} (a runtime identifier such as {@code python3.12}, or a
     * language: {@code python}, {@code nodejs}, {@code java}) with {@code executable} instead of the one found on
     * the PATH.
     */
    public void setInterpreter(String runtimeOrLanguage, Path executable) {
        processFunctions.setInterpreter(runtimeOrLanguage, executable);
    }

    /** Where process runtimes find the contents of functions' layers. */
    public void setLayerContents(LayerContents layers) {
        LayerContents contents = layers == null ? LayerContents.NONE : layers;
        layerContents = contents;
        processFunctions.setLayerContents(contents);
        javaFunctions.setLayerContents(contents);
    }

    /** True when the runtime has the contents of a layer version (a published one, or one the settings give). */
    public boolean hasLayer(String layerVersionArn) {
        return layerContents.zipOf(layerVersionArn).isPresent();
    }

    /** Runs Java functions in a JVM of their own per execution environment (true) or in this JVM (false). */
    public void setJavaInProcesses(boolean javaInProcesses) {
        processFunctions.setJavaInProcesses(javaInProcesses);
    }

    public CompletableFuture<InvocationResult> invoke(FunctionVersion version, String invokedArn, byte[] payload,
                                                      ClientContext clientContext) {
        return invoke(UUID.randomUUID().toString(), version, invokedArn, payload, clientContext, null);
    }

    /** Runs an invocation with the given request id: an asynchronous event's, which all its attempts share. */
    public CompletableFuture<InvocationResult> invoke(String requestId, FunctionVersion version, String invokedArn,
                                                      byte[] payload, ClientContext clientContext) {
        return invoke(requestId, version, invokedArn, payload, clientContext, null);
    }

    /**
     * Runs the function with its response going to {@code chunks} as it is produced (see {@link ResponseChunks}),
     * or, when {@code chunks} is null, answered whole in the result. A streamed result has an empty payload when it
     * succeeded and the error payload when it failed, even half-way through its response.
     */
    public CompletableFuture<InvocationResult> invoke(FunctionVersion version, String invokedArn, byte[] payload,
                                                      ClientContext clientContext, ResponseChunks chunks) {
        return invoke(UUID.randomUUID().toString(), version, invokedArn, payload, clientContext, chunks);
    }

    private CompletableFuture<InvocationResult> invoke(String requestId, FunctionVersion version, String invokedArn,
                                                       byte[] payload, ClientContext clientContext, ResponseChunks chunks) {
        Invocation invocation = new Invocation(requestId, version, invokedArn, clientContext, chunks);
        CompletableFuture<Future<?>> task = new CompletableFuture<>();
        // the clock runs before the function does, which may restart it as soon as its runtime has the event
        invocation.startClock(seconds -> timeouts.schedule(() -> timeOut(invocation, task.join()), seconds,
                TimeUnit.SECONDS), runsAsProcess(version.configuration()) ? INIT_SECONDS : 0);
        task.complete(workers.submit(() -> run(invocation, payload)));
        return invocation.result().whenComplete((result, error) -> {
            invocation.stopClock();
            LOG.debug("{} invoked:\n{}", invokedArn, result == null ? error : result.log());
        });
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timeouts.shutdownNow();
        javaFunctions.close();
        processFunctions.close();
        environments.close();
    }

    private void run(Invocation invocation, byte[] payload) {
        byte[] response;
        boolean failed = true;
        try {
            FunctionHandler handler = handlerOf(invocation);
            invocationCounts.computeIfAbsent(invocation.version().name(), name -> new AtomicLong()).incrementAndGet();
            byte[] output = handler.handle(payload, invocation.context());
            response = output == null ? new byte[0] : output;
            failed = false;
            if (response.length > FunctionFailure.MAX_RESPONSE_BYTES) {
                response = failureOf(invocation, FunctionFailure.responseTooLarge());
                failed = true;
            }
        } catch (FunctionFailure failure) {
            response = failureOf(invocation, failure);
        } catch (ReportedError error) {
            response = error.payload();
        } catch (Throwable error) {
            invocation.log().log(FunctionErrors.stackTraceText(error));
            response = FunctionErrors.payloadOf(error);
        }
        if (invocation.claim()) {
            invocation.complete(response, failed);
        }
    }

    private static byte[] failureOf(Invocation invocation, FunctionFailure failure) {
        invocation.log().line(failure.getMessage());
        return FunctionErrors.payloadOf(failure);
    }

    private void timeOut(Invocation invocation, Future<?> task) {
        if (!invocation.claim()) {
            return;
        }
        String timedOut = String.format(Locale.ROOT, "Task timed out after %.2f seconds",
                (double) invocation.configuration().timeout());
        invocation.collectOutput();
        invocation.log().line(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + invocation.requestId() + " "
                + timedOut);
        invocation.complete(FunctionErrors.timeoutPayload(invocation.requestId(), timedOut), true);
        task.cancel(true);
        javaFunctions.discard(invocation.version()); // AWS resets the execution environment after a timeout
    }

    private boolean runsAsProcess(FunctionConfiguration configuration) {
        return !registeredHandlers.containsKey(Objects.toString(configuration.handler(), ""))
                && processFunctions.kindOf(configuration).isPresent();
    }

    private FunctionHandler handlerOf(Invocation invocation) throws Exception {
        FunctionConfiguration configuration = invocation.configuration();
        FunctionHandler registered = configuration.handler() == null ? null
                : registeredHandlers.get(configuration.handler());
        if (registered != null) {
            return registered;
        }
        RuntimeKind processKind = processFunctions.kindOf(configuration).orElse(null);
        if (processKind != null) {
            return (event, context) -> processFunctions.invoke(invocation, processKind, event);
        }
        if (Runtimes.isJava(configuration.runtime()) && !"Image".equals(configuration.packageType())) {
            return (event, context) -> javaFunctions.invoke(invocation, event);
        }
        String what = configuration.runtime() != null ? "the " + configuration.runtime() + " runtime" : "container images";
        throw FunctionFailure.runtimeExit(invocation.requestId(), "Runtime exited without providing a reason: the"
                + " lambda-ops emulator cannot execute " + what + ". Register a FunctionHandler for handler '"
                + configuration.handler() + "' to emulate this function.");
    }

    /** Threads that do not keep the JVM alive, named {@code prefix} and a number. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
