package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.async.AsyncInvocations;
import io.github.lambdaops.emulator.async.Deliveries;
import io.github.lambdaops.emulator.auth.FunctionUrlAuth;
import io.github.lambdaops.emulator.auth.StrictAuth;
import io.github.lambdaops.emulator.auth.StrictAuthInterceptor;
import io.github.lambdaops.emulator.faults.FaultInjection;
import io.github.lambdaops.emulator.faults.Faults;
import io.github.lambdaops.emulator.faults.FaultsAdmin;
import io.github.lambdaops.emulator.http.ApiAction;
import io.github.lambdaops.emulator.http.DeliveriesAdmin;
import io.github.lambdaops.emulator.http.FunctionUrls;
import io.github.lambdaops.emulator.http.LambdaApi;
import io.github.lambdaops.emulator.http.LambdaHttpServer;
import io.github.lambdaops.emulator.http.RouteTable;
import io.github.lambdaops.emulator.http.ServedAccount;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.StateTransitions;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.sts.IssuedCredentials;
import io.github.lambdaops.emulator.sts.StsApi;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The AWS Lambda API (2015-03-31) in this JVM, on 127.0.0.1 unless its settings say otherwise: point an AWS SDK
 * client's {@code endpointOverride} (or the CLI's {@code --endpoint-url}) at {@link #endpoint()}. Functions, versions
 * and policies live in memory; Java functions run from their zip (in this JVM, or in processes of their own),
 * Python, Node.js and custom runtimes run as local processes on the Lambda Runtime API, and any function runs a
 * {@link FunctionHandler} registered for its Handler. Requests are accepted signed or not, unless the settings
 * require SigV4; the region of a signed request's credential scope is the one its ARNs get. {@link #faults()}
 * injects errors, latency and dropped connections. {@code Event} invocations are queued, retried and sent to their
 * destinations as AWS does; {@link #deliveries()} holds what went to services the emulator does not emulate. Everything it starts with is in its {@link EmulatorSettings}.
 */
public final class LambdaEmulator implements AutoCloseable {
    private final EmulatorSettings settings;
    private final Stores store;
    private final InvocationService invocations;
    private final AsyncInvocations events;
    private final LongAdder requestCount = new LongAdder();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Faults faults;
    private final IssuedCredentials issuedCredentials = new IssuedCredentials(Clock.systemUTC());
    private final LambdaHttpServer server;

    private LambdaEmulator(EmulatorSettings settings) {
        this.settings = settings;
        this.invocations = new InvocationService(settings.environmentLimits());
        this.store = new Stores(settings.accountId(), new StateTransitions(settings.stateTransitionDelay()));
        this.faults = new Faults(settings.faultSeed());
        this.events = new AsyncInvocations(store, invocations, settings.retryDelayScale());
        settings.interpreters().forEach(invocations::setInterpreter);
        settings.handlers().forEach(invocations::registerHandler);
        invocations.setJavaInProcesses(settings.javaInProcesses());
        invocations.setLayerContents(settings.layerContents().orElse(store::layerContent));
        try {
            FaultsAdmin faultsAdmin = new FaultsAdmin(faults);
            DeliveriesAdmin deliveriesAdmin = new DeliveriesAdmin(events.deliveries());
            StsApi sts = new StsApi(issuedCredentials);
            RouteTable routes = LambdaApi.routes(store, invocations, events)
                    .route(ApiAction.STS_QUERY, sts::handle)
                    .route(ApiAction.LIST_FAULT_RULES, faultsAdmin::list)
                    .route(ApiAction.ADD_FAULT_RULE, faultsAdmin::add)
                    .route(ApiAction.CLEAR_FAULT_RULES, faultsAdmin::clear)
                    .route(ApiAction.LIST_DELIVERIES, deliveriesAdmin::list)
                    .route(ApiAction.CLEAR_DELIVERIES, deliveriesAdmin::clear)
                    .build();
            StrictAuth strictAuth = new StrictAuth(settings.strictAuthKeys(), issuedCredentials);
            this.server = LambdaHttpServer.start(new InetSocketAddress(settings.bindAddress(), settings.port()),
                    settings.ioThreads(), routes,
                    List.of(new StrictAuthInterceptor(strictAuth, StsApi::isUnsigned), new FaultInjection(faults)),
                    new FunctionUrls(store, invocations, new FunctionUrlAuth(strictAuth)),
                    new ServedAccount(settings.accountId(), settings.region()), requestCount);
        } catch (RuntimeException e) {
            events.close();
            invocations.close();
            store.transitions().close();
            throw e;
        }
    }

    /** Starts an emulator with the default settings: a free port of 127.0.0.1. */
    public static LambdaEmulator start() {
        return start(EmulatorSettings.defaults());
    }

    /** Starts an emulator on the given port of 127.0.0.1 (0 for a free one), with the other settings' defaults. */
    public static LambdaEmulator start(int port) {
        return start(EmulatorSettings.builder().port(port).build());
    }

    public static LambdaEmulator start(EmulatorSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("LambdaEmulator.start needs settings, e.g. EmulatorSettings.defaults()");
        }
        return new LambdaEmulator(settings);
    }

    /** {@code http://127.0.0.1:PORT}, or the bind address's own when the emulator serves on one interface only. */
    public URI endpoint() {
        InetAddress address = settings.bindAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + port());
    }

    public int port() {
        return server.port();
    }

    public EmulatorSettings settings() {
        return settings;
    }

    /**
     * Makes every function whose Handler setting equals {@code handler} run {@code function}, from now on (see
     * {@link EmulatorSettings.Builder#handler} for handlers known from the start).
     */
    public void registerHandler(String handler, FunctionHandler function) {
        invocations.registerHandler(handler, function);
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
    /** The temporary credentials the emulator's STS issued (AssumeRole, AssumeRoleWithWebIdentity). */
    public IssuedCredentials issuedCredentials() {
        return issuedCredentials;
    }

    public Faults faults() {
        return faults;
    }

    /**
     * What {@code Event} invocations sent to SQS, SNS, EventBridge and S3 destinations and dead-letter queues, which
     * the emulator does not emulate (a Lambda destination is invoked); also served at {@code /_emulator/deliveries}.
     */
    public Deliveries deliveries() {
        return events.deliveries();
    }

    /**
     * Forgets every function, version, policy, counter, fault rule, queued event and delivery; registered handlers,
     * delivery listeners and settings stay.
     */
    public void reset() {
        faults.clear();
        events.clear();
        issuedCredentials.clear();
        store.clear().stream().map(Function::arn).forEach(invocations::unload);
        invocations.resetCounts();
        requestCount.reset();
    }

    /** Stops the server and removes what functions left on disk. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            events.close();
            invocations.close();
            store.transitions().close();
        }
    }

    /** The region of unsigned requests (see {@link EmulatorSettings#region()}). */
    public String region() {
        return settings.region();
    }

    public String accountId() {
        return settings.accountId();
    }

    @Override
    public String toString() {
        return "LambdaEmulator[" + (closed.get() ? "closed" : endpoint()) + "]";
    }
}
