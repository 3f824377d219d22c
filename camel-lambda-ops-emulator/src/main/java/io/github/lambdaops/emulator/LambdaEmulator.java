package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.auth.StrictAuth;
import io.github.lambdaops.emulator.auth.StrictAuthHandler;
import io.github.lambdaops.emulator.faults.FaultInjectionHandler;
import io.github.lambdaops.emulator.faults.Faults;
import io.github.lambdaops.emulator.http.LambdaApi;
import io.github.lambdaops.emulator.http.LambdaHttpServer;
import io.github.lambdaops.emulator.http.RouteTable;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.runtime.LayerContents;
import io.github.lambdaops.emulator.state.FunctionStore;
import io.github.lambdaops.emulator.state.LambdaFunction;

import io.github.lambdaops.emulator.state.StateTransitions;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The AWS Lambda API (2015-03-31) on 127.0.0.1, in this JVM: point an AWS SDK client's {@code endpointOverride}
 * (or the CLI's {@code --endpoint-url}) at {@link #endpoint()}. Functions, versions and policies live in memory;
 * Java functions run from their zip (in this JVM, or in processes of their own), Python, Node.js and custom runtimes
 * run as local processes on the Lambda Runtime API, and any function runs a {@link FunctionHandler} registered for
 * its Handler. Requests are accepted signed or not, unless {@link #auth()} requires SigV4; the region of a signed request's
 * credential scope is the one its ARNs get. {@link #faults()} injects errors, latency and dropped connections.
 */
public final class LambdaEmulator implements AutoCloseable {
    private static final String DEFAULT_REGION = "us-east-1";
    private static final String ACCOUNT_ID = "000000000000";

    private final FunctionStore store;
    private final InvocationService invocations = new InvocationService();
    private final LongAdder requestCount = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Faults faults = new Faults();
    private final StrictAuth auth = new StrictAuth();
    private final LambdaHttpServer server;

    private LambdaEmulator(int port) {
        this(port, Duration.ZERO);
    }

    private LambdaEmulator(int port, Duration stateTransitionDelay) {
        this.store = new FunctionStore(ACCOUNT_ID, new StateTransitions(stateTransitionDelay));
        invocations.setLayerContents(store.layers()::content);
        try {
            RouteTable routes = LambdaApi.routes(store, invocations);
            this.server = LambdaHttpServer.start(port, routes, requestCount, DEFAULT_REGION,
                    List.of(new StrictAuthHandler(auth), new FaultInjectionHandler(faults, routes)));
        } catch (RuntimeException e) {
            invocations.close();
            store.transitions().close();
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

    /** Settings for an emulator: {@code LambdaEmulator.builder().stateTransitionDelay(d).start()}. */
    public static Builder builder() {
        return new Builder();
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

    /**
     * Where functions' layers come from: process runtimes get their contents as their {@code /opt}. By default the
     * layer versions published to this emulator.
     */
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

    /** TCP connections the API server accepted since the start (not reset): how often clients connected anew. */
    public long connectionCount() {
        return server.connectionCount();
    }

    /** How many times the named function's code ran (synchronously or asynchronously), in any region. */
    public long invocationCount(String functionName) {
        return invocations.invocationCount(functionName);
    }

    /** The faults injected into requests, per API action; none by default. Also served at {@code /_emulator/faults}. */
    public Faults faults() {
        return faults;
    }

    /** The strict-auth setting: off by default, see {@link StrictAuth#requireSigV4(String, String)}. */
    public StrictAuth auth() {
        return auth;
    }

    /** Forgets every function, version, policy, counter and fault rule; registered handlers and auth stay. */
    public void reset() {
        faults.clear();
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
            store.transitions().close();
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

    /** The settings of an emulator to start. */
    public static final class Builder {
        private int port;
        private Duration stateTransitionDelay = Duration.ZERO;

        private Builder() {
        }

        /** The port of 127.0.0.1 to serve on; 0 (the default) for a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * How long created and updated resources stay in AWS's intermediate states (a function {@code Pending},
         * its {@code LastUpdateStatus InProgress}, an event source mapping {@code Creating}, ...) before they
         * reach their final one. Zero (the default) creates everything in its final state.
         */
        public Builder stateTransitionDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("stateTransitionDelay must be zero or positive, not " + delay);
            }
            this.stateTransitionDelay = delay;
            return this;
        }

        public LambdaEmulator start() {
            return new LambdaEmulator(port, stateTransitionDelay);
        }
    }
}
