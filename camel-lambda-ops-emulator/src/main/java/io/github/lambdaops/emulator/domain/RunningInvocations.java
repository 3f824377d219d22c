package io.github.lambdaops.emulator.domain;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many invocations of each function (by unqualified ARN) are running, for reserved concurrency. Thread-safe. */
public final class RunningInvocations {
    private final ConcurrentMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    /** Counts one more running invocation unless {@code limit} are already running. */
    public boolean tryStart(String functionArn, int limit) {
        AtomicInteger count = running.computeIfAbsent(functionArn, arn -> new AtomicInteger());
        while (true) {
            int current = count.get();
            if (current >= limit) {
                return false;
            }
            if (count.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    public void finish(String functionArn) {
        AtomicInteger count = running.get(functionArn);
        if (count != null) {
            count.decrementAndGet();
        }
    }
}
