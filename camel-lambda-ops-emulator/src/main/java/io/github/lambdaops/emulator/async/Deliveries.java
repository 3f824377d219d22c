package io.github.lambdaops.emulator.async;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The emulator's record of what asynchronous invocations sent to SQS, SNS, EventBridge and S3, which it does not
 * emulate: the most recent {@value #KEPT} {@link Delivery deliveries}, oldest first, and listeners told of each
 * as it happens. Thread-safe.
 */
public final class Deliveries {
    static final int KEPT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

    private final Deque<Delivery> delivered = new ArrayDeque<>();
    private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();

    /** Every delivery kept, oldest first. */
    public synchronized List<Delivery> list() {
        return List.copyOf(delivered);
    }

    /** The deliveries kept that went to {@code destinationArn}, oldest first. */
    public synchronized List<Delivery> to(String destinationArn) {
        return delivered.stream().filter(delivery -> delivery.destination().equals(destinationArn)).toList();
    }

    /**
     * Tells {@code listener} of every delivery from now on, on the thread that delivers it (keep it short); what it
     * throws is logged and ignored. Listeners stay when the emulator is reset.
     */
    public void onDelivery(Consumer<Delivery> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("onDelivery needs a listener");
        }
        listeners.add(listener);
    }

    /** Forgets the deliveries kept (the listeners stay). */
    public synchronized void clear() {
        delivered.clear();
    }

    void record(Delivery delivery) {
        synchronized (this) {
            if (delivered.size() == KEPT) {
                delivered.removeFirst();
            }
            delivered.addLast(delivery);
        }
        for (Consumer<Delivery> listener : listeners) {
            try {
                listener.accept(delivery);
            } catch (RuntimeException e) {
                LOG.warn("A delivery listener failed on a delivery to {}", delivery.destination(), e);
            }
        }
    }
}
