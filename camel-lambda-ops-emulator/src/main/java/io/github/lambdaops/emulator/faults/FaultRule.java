package io.github.lambdaops.emulator.faults;

import io.github.lambdaops.emulator.http.ApiAction;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One rule: a fault for the requests of an action (or of every action), either the next {@code count} of them or a
 * seeded fraction of them. A fraction rule draws one number per request it sees, so the same seed over the same
 * sequence of requests injects the same faults.
 */
public final class FaultRule {
    static final String ANY_ACTION = "*";

    /** The action whose requests this rule sees, or null for every action. */
    private final ApiAction action;
    private final Fault fault;
    private final Double fraction;
    private final SplittableRandom random;
    private final AtomicLong remaining;
    private final AtomicLong injected = new AtomicLong();

    private FaultRule(ApiAction action, Fault fault, long count, Double fraction, long seed) {
        if (fault == null) {
            throw new IllegalArgumentException("A fault rule needs a fault");
        }
        requireInjectable(action);
        this.action = action;
        this.fault = fault;
        this.fraction = fraction;
        this.random = fraction == null ? null : new SplittableRandom(seed);
        this.remaining = new AtomicLong(count);
    }

    /** The next {@code count} requests of the action. */
    static FaultRule next(ApiAction action, long count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("A fault rule for the next N requests needs N of 1 or more, got " + count);
        }
        return new FaultRule(action, fault, count, null, 0);
    }

    /** Each request of the action with probability {@code fraction}, drawn from a generator seeded with {@code seed}. */
    static FaultRule fraction(ApiAction action, double fraction, long seed, Fault fault) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("A fault fraction must be in (0, 1], got " + fraction);
        }
        return new FaultRule(action, fault, Long.MAX_VALUE, fraction, seed);
    }

    /** Whether this rule injects its fault into this request of {@code requestAction} (and counts it if so). */
    boolean fires(ApiAction requestAction) {
        if (action != null && action != requestAction) {
            return false;
        }
        boolean fires;
        if (random != null) {
            synchronized (random) {
                fires = random.nextDouble() < fraction;
            }
        } else {
            fires = remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }
        if (fires) {
            injected.incrementAndGet();
        }
        return fires;
    }

    boolean exhausted() {
        return random == null && remaining.get() == 0;
    }

    /** The name of the action whose requests this rule sees ({@code Invoke}), or {@code *} for every action. */
    public String action() {
        return action == null ? ANY_ACTION : action.actionName();
    }

    static void requireInjectable(ApiAction action) {
        if (action != null && action.isAdmin()) {
            throw new IllegalArgumentException(action.actionName() + " administers the emulator; fault rules apply"
                    + " to the Lambda API's actions and the emulator's code downloads");
        }
    }

    /** The action the name {@code *} (every action) or an action's name as AWS writes it stands for (null: every). */
    static ApiAction actionNamed(String name) {
        return name == null || name.equals(ANY_ACTION) ? null : ApiAction.named(name);
    }

    public Fault fault() {
        return fault;
    }

    /** The fraction of requests this rule hits, or null for a rule of the next N requests. */
    public Double fraction() {
        return fraction;
    }

    /** How many more requests a next-N rule will hit (null for a fraction rule). */
    public Long remaining() {
        return random == null ? remaining.get() : null;
    }

    /** How many requests this rule has injected its fault into. */
    public long injected() {
        return injected.get();
    }
}
