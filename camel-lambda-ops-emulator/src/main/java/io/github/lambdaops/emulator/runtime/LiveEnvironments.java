package io.github.lambdaops.emulator.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The execution environments alive across all functions, held to their {@link EnvironmentLimits}: an environment
 * idle for the idle time is reclaimed, and a new one beyond the bound takes the place of the least recently used
 * idle one. When every environment is busy, a new one waits until one ends or falls idle (the invocation's
 * timeout runs meanwhile): no invocation is refused, as Event invocations would otherwise be lost.
 *
 * <p>The owners (process pools, loaded Java functions) keep their environments; this class counts them and orders
 * the idle ones. An idle environment is either {@link #resume resumed} by its owner or reclaimed here, never both:
 * the reclaim action runs outside this class's lock, after the environment left the idle list and gave up its
 * place. Owners never call {@link #reserve} while holding a lock of their own.
 */
final class LiveEnvironments implements AutoCloseable {
    private final EnvironmentLimits limits;
    private final ScheduledExecutorService reaper =
            Executors.newSingleThreadScheduledExecutor(InvocationService.daemonThreads("lambda-environment-reaper-"));
    /** The idle environments, least recently used first. */
    private final Map<Object, Idle> idle = new LinkedHashMap<>();
    private int live;
    private ScheduledFuture<?> nextReclaim;
    private boolean closed;

    private record Idle(Runnable reclaim, long sinceNanos) {
    }

    LiveEnvironments(EnvironmentLimits limits) {
        this.limits = limits;
    }

    /** Makes room for one more environment: a free place, else the least recently used idle one's, else waits. */
    void reserve() throws InterruptedException {
        Runnable reclaim;
        synchronized (this) {
            while (live >= limits.maxEnvironments() && idle.isEmpty()) {
                wait(); // the invocation's timeout interrupts a wait that lasts too long
            }
            if (live < limits.maxEnvironments()) {
                live++;
                return;
            }
            Iterator<Idle> oldest = idle.values().iterator();
            reclaim = oldest.next().reclaim(); // its place becomes the new environment's
            oldest.remove();
        }
        reclaim.run();
    }

    /** An environment ended other than by being reclaimed (or was never started): its place is free. */
    synchronized void ended() {
        live--;
        notifyAll();
    }

    /** An environment has no invocation to run: {@code reclaim} closes it unless its owner resumes it first. */
    synchronized void idle(Object environment, Runnable reclaim) {
        idle.put(environment, new Idle(reclaim, System.nanoTime()));
        scheduleReclaim();
        notifyAll();
    }

    /** True when the owner has its idle environment back; false when it is being reclaimed. */
    synchronized boolean resume(Object environment) {
        return idle.remove(environment) != null;
    }

    /** Stops reclaiming; the owners close what is left. */
    @Override
    public synchronized void close() {
        closed = true;
        reaper.shutdownNow();
    }

    private void reclaimExpired() {
        List<Runnable> expired = new ArrayList<>();
        synchronized (this) {
            nextReclaim = null;
            long now = System.nanoTime();
            Iterator<Idle> oldestFirst = idle.values().iterator();
            while (oldestFirst.hasNext()) {
                Idle next = oldestFirst.next();
                if (now - next.sinceNanos() < limits.idleTime().toNanos()) {
                    break;
                }
                expired.add(next.reclaim());
                oldestFirst.remove();
                live--;
            }
            scheduleReclaim();
            notifyAll();
        }
        expired.forEach(Runnable::run);
    }

    /** One timer, set for the oldest idle environment's reclaim. */
    private void scheduleReclaim() {
        if (nextReclaim == null && !closed && !idle.isEmpty()) {
            long since = idle.values().iterator().next().sinceNanos();
            long delay = since + limits.idleTime().toNanos() - System.nanoTime();
            nextReclaim = reaper.schedule(this::reclaimExpired, Math.max(0, delay), TimeUnit.NANOSECONDS);
        }
    }
}
