package io.github.lambdaops.emulator.async;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ConcurrencySlot;
import io.github.lambdaops.emulator.domain.EventInvokeConfig;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Setting;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.runtime.InvocationResult;
import io.github.lambdaops.emulator.runtime.InvocationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code Event} invocations as Lambda runs them: each event waits in its function's queue and runs in the
 * background within the function's reserved concurrency (a throttled event waits and is attempted again); a failed
 * run is retried and an event too old is given up, by the event invoke config of the qualifier it was invoked with
 * and AWS's delays ({@link RetryPolicy}); how it ends goes to its destinations or dead-letter queue
 * ({@link Outcomes}). One scheduler thread times the attempts; the function runs on the {@link InvocationService}'s.
 */
public final class AsyncInvocations implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncInvocations.class);

    private final InvocationService invocations;
    private final RetryPolicy policy;
    private final Deliveries deliveries = new Deliveries();
    private final Outcomes outcomes;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            InvocationService.daemonThreads("lambda-async-"));
    /** The events queued or running, by request id, each in its latest state: an attempt of any other is void. */
    private final Map<String, QueuedEvent> queued = new ConcurrentHashMap<>();

    /** @param retryDelayScale the factor of AWS's delays and event ages (see {@link RetryPolicy}) */
    public AsyncInvocations(Stores stores, InvocationService invocations, double retryDelayScale) {
        this.invocations = invocations;
        this.policy = new RetryPolicy(retryDelayScale);
        this.outcomes = new Outcomes(stores, deliveries, this);
    }

    /** What was sent to the services the emulator does not emulate. */
    public Deliveries deliveries() {
        return deliveries;
    }

    /**
     * Queues an event for {@code function} as invoked with {@code qualifier} (null for none), and answers its
     * request id, which every attempt and the invocation record carry.
     *
     * @throws ApiException when the qualifier names no version, or its version is not ready
     */
    public String enqueue(LambdaStore store, Function function, String qualifier, byte[] payload,
                          ClientContext clientContext) {
        FunctionVersion version = function.versionToInvoke(qualifier);
        QueuedEvent event = QueuedEvent.of(UUID.randomUUID().toString(), store, function, qualifier, version, payload,
                clientContext);
        queued.put(event.requestId(), event);
        schedule(event, Duration.ZERO);
        return event.requestId();
    }

    /** Drops every queued event (runs under way finish, and nothing follows them) and forgets the deliveries. */
    public void clear() {
        queued.clear();
        deliveries.clear();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        queued.clear();
    }

    private void attempt(QueuedEvent event) {
        if (queued.get(event.requestId()) != event) {
            return;
        }
        Function function = event.function();
        if (event.store().find(function.name()).orElse(null) != function) {
            queued.remove(event.requestId(), event);
            LOG.debug("The event {} is dropped: its function {} was deleted", event.requestId(), function.arn());
            return;
        }
        EventInvokeConfig config = configOf(event);
        // the first attempt is never late: unlike AWS's, this queue has no backlog, and a scaled age may be shorter
        // than a pause of the machine
        if (event.isRetry() && event.age().compareTo(policy.maxAge(config)) > 0) {
            end(event, event, Condition.EVENT_AGE_EXCEEDED, config);
            return;
        }
        FunctionVersion version;
        try {
            version = function.versionToInvoke(event.qualifier());
        } catch (ApiException notReady) {
            throttled(event); // a system error to AWS: its version is gone or not ready yet
            return;
        }
        Optional<ConcurrencySlot> slot = function.tryStartInvocation();
        if (slot.isEmpty()) {
            throttled(event);
            return;
        }
        try {
            invocations.invoke(event.requestId(), version, event.invokedArn(), event.payload(), event.clientContext())
                    .whenComplete((result, error) -> {
                        slot.get().release();
                        ran(event, version, result);
                    });
        } catch (RejectedExecutionException closed) {
            slot.get().release();
        }
    }

    private void ran(QueuedEvent event, FunctionVersion version, InvocationResult result) {
        if (result == null) { // the emulator is closing
            queued.remove(event.requestId(), event);
            return;
        }
        QueuedEvent after = event.ran(version, result);
        EventInvokeConfig config = configOf(after);
        if (!result.failed()) {
            end(event, after, Condition.SUCCESS, config);
        } else if (after.attempts() > policy.maxRetries(config)) {
            end(event, after, Condition.RETRIES_EXHAUSTED, config);
        } else {
            retry(event, after, policy.delayAfterError(after.attempts()));
        }
    }

    private void throttled(QueuedEvent event) {
        QueuedEvent after = event.throttled();
        retry(event, after, policy.delayAfterThrottle(after.throttles()));
    }

    private void retry(QueuedEvent current, QueuedEvent next, Duration delay) {
        if (queued.replace(current.requestId(), current, next)) {
            schedule(next, delay);
        }
    }

    private void end(QueuedEvent current, QueuedEvent ended, Condition condition, EventInvokeConfig config) {
        if (queued.remove(current.requestId(), current)) {
            outcomes.ended(ended, condition, config);
        }
    }

    private void schedule(QueuedEvent event, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(event), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            queued.remove(event.requestId(), event);
        }
    }

    private static EventInvokeConfig configOf(QueuedEvent event) {
        return event.function().setting(Setting.EVENT_INVOKE, event.configQualifier()).orElse(null);
    }
}
