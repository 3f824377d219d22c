package io.github.lambdaops.emulator.faults;

import io.github.lambdaops.emulator.http.ApiAction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The faults the emulator injects, per API action, before the action runs: for example
 * {@code faults.forAction("Invoke").failNext(3, Fault.tooManyRequests(1))}. Rules are tried in the order they were
 * added; the first that fires decides the request. With no rule, requests pass untouched. An action is named as AWS
 * names it; a name the emulator has no action of is refused when the rule is added, not silently never matched.
 */
public final class Faults {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Map<ApiAction, LongAdder> injectedByAction = new ConcurrentHashMap<>();
    private final long seed;

    /** Faults whose fraction rules draw from generators seeded with {@code seed}, unless a rule gives its own. */
    public Faults(long seed) {
        this.seed = seed;
    }

    /**
     * Rules for the requests of one action, by its API name ({@code Invoke}, {@code GetFunction}, ...).
     *
     * @throws IllegalArgumentException when no action has that name (names are case-sensitive)
     */
    public ActionFaults forAction(String action) {
        return forAction(ApiAction.named(action));
    }

    public ActionFaults forAction(ApiAction action) {
        FaultRule.requireInjectable(action);
        return new ActionFaults(this, action);
    }

    /** Rules for the requests of every action. */
    public ActionFaults forAnyAction() {
        return new ActionFaults(this, null);
    }

    public void add(FaultRule rule) {
        rules.add(rule);
    }

    /** Removes every rule and resets the counts. */
    public void clear() {
        rules.clear();
        injectedByAction.clear();
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** The seed of fraction rules that give none. */
    public long seed() {
        return seed;
    }

    /** How many requests got a fault, of any action. */
    public long injected() {
        return injectedByAction.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /**
     * How many requests of {@code action} (by its API name) got a fault.
     *
     * @throws IllegalArgumentException when no action has that name
     */
    public long injected(String action) {
        return injected(ApiAction.named(action));
    }

    public long injected(ApiAction action) {
        LongAdder count = injectedByAction.get(action);
        return count == null ? 0 : count.sum();
    }

    /** The fault for this request of {@code action}, or null; exhausted rules are dropped on the way. */
    Fault next(ApiAction action) {
        for (FaultRule rule : rules) {
            if (rule.fires(action)) {
                injectedByAction.computeIfAbsent(action, a -> new LongAdder()).increment();
                return rule.fault();
            }
            if (rule.exhausted()) {
                rules.remove(rule);
            }
        }
        return null;
    }

    /** The rules of one action (or of all), written as sentences. */
    public static final class ActionFaults {
        private final Faults faults;
        private final ApiAction action;

        private ActionFaults(Faults faults, ApiAction action) {
            this.faults = faults;
            this.action = action;
        }

        /** Answers the next {@code count} requests with {@code error} (see {@link Fault#tooManyRequests(int)}). */
        public ActionFaults failNext(int count, Fault error) {
            faults.add(FaultRule.next(action, count, error));
            return this;
        }

        /** Answers a {@code fraction} of requests with {@code error}, chosen by a generator seeded with {@code seed}. */
        public ActionFaults failFraction(double fraction, long seed, Fault error) {
            faults.add(FaultRule.fraction(action, fraction, seed, error));
            return this;
        }

        /** Answers a {@code fraction} of requests with {@code error}, drawn with the emulator's fault seed. */
        public ActionFaults failFraction(double fraction, Fault error) {
            return failFraction(fraction, faults.seed, error);
        }

        /** Runs the next {@code count} requests after {@code latency}. */
        public ActionFaults delayNext(int count, Duration latency) {
            faults.add(FaultRule.next(action, count, Fault.delay(latency)));
            return this;
        }

        /** Runs every request after {@code latency}. */
        public ActionFaults delayAll(Duration latency) {
            faults.add(FaultRule.fraction(action, 1.0, 0, Fault.delay(latency)));
            return this;
        }

        /** Runs the next {@code count} requests but cuts their connection halfway through the response. */
        public ActionFaults dropNext(int count) {
            faults.add(FaultRule.next(action, count, Fault.dropConnection()));
            return this;
        }
    }
}
