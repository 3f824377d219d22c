package io.github.lambdaops.emulator.domain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When resources that AWS creates or updates asynchronously (a function's State and LastUpdateStatus, an event
 * source mapping's State, ...) reach their final state: right away with a zero delay, else after the delay on a
 * daemon timer.
 */
public final class StateTransitions implements AutoCloseable {
    /** Every transition happens at once. */
    public static final StateTransitions IMMEDIATE = new StateTransitions(Duration.ZERO);

    private final Duration delay;
    private ScheduledExecutorService timer;

    public StateTransitions(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("The state transition delay must be zero or positive, not " + delay);
        }
        this.delay = delay;
    }

    public Duration delay() {
        return delay;
    }

    /** True when resources are created in their final state, with no intermediate one. */
    public boolean immediate() {
        return delay.isZero();
    }

    /** Runs {@code transition} once the delay has passed (on the caller's thread for a zero delay). */
    public void after(Runnable transition) {
        if (immediate()) {
            transition.run();
        } else {
            timer().schedule(transition, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "lambda-state-transitions");
                thread.setDaemon(true);
                return thread;
            });
        }
        return timer;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
