package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.http.LambdaApi;
import io.github.lambdaops.emulator.http.LambdaHttpServer;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.runtime.LayerContents;
import io.github.lambdaops.emulator.state.FunctionStore;
import io.github.lambdaops.emulator.state.LambdaFunction;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The AWS Lambda API (2015-03-31) on 127.0.0.1, in this JVM: point an AWS SDK client's {@code endpointOverride}
 * (or the CLI's {@code --endpoint-url}) at {@link #endpoint()}. Functions, versions and policies live in memory;
 * Java functions run from their zip (in this JVM, or in processes of their own), Python, Node.js and custom runtimes
 * run as local processes on the Lambda Runtime API, and any function runs a {@link FunctionHandler} registered for
 * its Handler.
 * Requests are accepted signed or not; the region of a signed request's credential scope is the one its ARNs get.
 */
public final class LambdaEmulator implements AutoCloseable {
    private static final String DEFAULT_REGION = "us-east-1";
    private static final String ACCOUNT_ID = "000000000000";

    private final FunctionStore store = new FunctionStore(ACCOUNT_ID);
    private final InvocationService invocations = new InvocationService();
    private final LongAdder requestCount = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LambdaHttpServer server;

    private LambdaEmulator(int port) {
        try {
            this.server = LambdaHttpServer.start(port, LambdaApi.routes(store, invocations), requestCount, DEFAULT_REGION);
        } catch (RuntimeException e) {
            invocations.close();
            throw e;
        }
    }

    /** Starts an emulator on a free port of 127.0.0.1. */
    public static LambdaEmulator start() {
        return start(0);
    }

    /** Starts an emulator on the given port of 127.0.0.1 (0 for a free one). */
    public static LambdaEmulator start(int port) {
        return new LambdaEmulator(port);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.port();
    }

    /** Makes every function whose Handler setting equals {@code handler} run {@code function}. */
    public void registerHandler(String handler, FunctionHandler function) {
        invocations.registerHandler(handler, function);
    }

    /**
     * Runs the processes of a runtime ({@code python3.12}) or language ({@code python}, {@code nodejs},
     * {@code java}) with {@code executable} rather than the interpreter found on the PATH.
     */
    public void setInterpreter(String runtimeOrLanguage, java.nio.file.Path executable) {
        invocations.setInterpreter(runtimeOrLanguage, executable);
    }

    /** Where functions' layers come from: process runtimes get their contents as their {@code /opt}. */
    public void setLayerContents(LayerContents layers) {
        invocations.setLayerContents(layers);
    }

    /**
     * Runs Java functions each in a JVM of its own per execution environment, through AWS's Runtime Interface
     * Client (which must be on the class path), instead of in this JVM (the default, and faster): a function that
     * calls {@code System.exit} or runs past its timeout then cannot harm the emulator.
     */
    public void runJavaInProcesses(boolean inProcesses) {
        invocations.setJavaInProcesses(inProcesses);
    }

    /** HTTP requests received since the start or the last {@link #reset()}, whatever their path. */
    public long requestCount() {
        return requestCount.sum();
    }

    /** How many times the named function's code ran (synchronously or asynchronously), in any region. */
    public long invocationCount(String functionName) {
        return invocations.invocationCount(functionName);
    }

    /** Forgets every function, version, policy and counter; registered handlers stay. */
    public void reset() {
        store.clear().stream().map(LambdaFunction::arn).forEach(invocations::unload);
        invocations.resetCounts();
        requestCount.reset();
    }

    /** Stops the server and removes what functions left on disk. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            invocations.close();
        }
    }

    public String region() {
        return DEFAULT_REGION;
    }

    public String accountId() {
        return ACCOUNT_ID;
    }

    @Override
    public String toString() {
        return "LambdaEmulator[" + (closed.get() ? "closed" : endpoint()) + "]";
    }
}
