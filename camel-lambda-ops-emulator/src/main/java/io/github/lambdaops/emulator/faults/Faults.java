package io.github.lambdaops.emulator.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The faults the emulator injects, per API action, before the action runs: for example
 * {@code faults.forAction("Invoke").failNext(3, Fault.tooManyRequests(1))}. Rules are tried in the order they were
 * added; the first that fires decides the request. With no rule, requests pass untouched.
 */
public final class Faults {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> injectedByAction = new ConcurrentHashMap<>();

    /** Rules for the requests of one action, by its API name ({@code Invoke}, {@code GetFunction}, ...). */
    public ActionFaults forAction(String action) {
        return new ActionFaults(this, action);
    }

    /** Rules for the requests of every action. */
    public ActionFaults forAnyAction() {
        return new ActionFaults(this, FaultRule.ANY_ACTION);
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

    /** How many requests got a fault, of any action. */
    public long injected() {
        return injectedByAction.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** How many requests of {@code action} got a fault. */
    public long injected(String action) {
        LongAdder count = injectedByAction.get(action);
        return count == null ? 0 : count.sum();
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The fault for this request of {@code action}, or null; exhausted rules are dropped on the way. */
    Fault next(String action) {
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
        private final String action;

        private ActionFaults(Faults faults, String action) {
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
