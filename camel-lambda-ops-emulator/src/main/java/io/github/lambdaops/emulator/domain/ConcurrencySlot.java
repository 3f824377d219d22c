package io.github.lambdaops.emulator.domain;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running invocation's place among its function's, which reserved concurrency bounds: taken with
 * {@link Function#tryStartInvocation()}, given back with {@link #release()} when the invocation ends.
 */
public final class ConcurrencySlot {
    private final Function function;
    private final AtomicBoolean released = new AtomicBoolean();

    ConcurrencySlot(Function function) {
        this.function = function;
    }

    /** Gives the place back; later calls do nothing. */
    public void release() {
        if (released.compareAndSet(false, true)) {
            function.invocationEnded();
        }
    }
}
