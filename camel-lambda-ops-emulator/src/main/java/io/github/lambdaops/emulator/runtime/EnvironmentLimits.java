package io.github.lambdaops.emulator.runtime;

import java.time.Duration;

/**
 * How long execution environments live and how many there may be: an environment without an invocation for
 * {@code idleTime} is reclaimed, as Lambda reclaims idle environments after some minutes, and at most
 * {@code maxEnvironments} are alive at once (runtime processes and Java functions loaded in this JVM).
 */
public record EnvironmentLimits(Duration idleTime, int maxEnvironments) {
    /** Five minutes, in milliseconds: how long an environment stays warm by default. */
    public static final long DEFAULT_IDLE_MILLIS = 5 * 60 * 1000;
    public static final int DEFAULT_MAX_ENVIRONMENTS = 32;
    public static final EnvironmentLimits DEFAULT =
            new EnvironmentLimits(Duration.ofMillis(DEFAULT_IDLE_MILLIS), DEFAULT_MAX_ENVIRONMENTS);

    public EnvironmentLimits {
        if (idleTime == null || idleTime.isNegative()) {
            throw new IllegalArgumentException("idleTime must be zero or positive, not " + idleTime);
        }
        if (maxEnvironments < 1) {
            throw new IllegalArgumentException("maxEnvironments must be at least 1, not " + maxEnvironments);
        }
    }

    public EnvironmentLimits withIdleTime(Duration idleTime) {
        return new EnvironmentLimits(idleTime, maxEnvironments);
    }

    public EnvironmentLimits withMaxEnvironments(int maxEnvironments) {
        return new EnvironmentLimits(idleTime, maxEnvironments);
    }
}
