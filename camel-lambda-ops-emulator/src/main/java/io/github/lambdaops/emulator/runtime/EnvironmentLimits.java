package io.github.lambdaops.emulator.runtime;

import java.time.Duration;

/**
 * How long execution environments live and how many there may be: an environment without an invocation for
 * {@code idleTime} is reclaimed, as Lambda reclaims idle environments after some minutes, and at most
 * {@code maxEnvironments} are alive at once (runtime processes and Java functions loaded in this JVM).
 */
public record EnvironmentLimits(Duration idleTime, int maxEnvironments) {
    /** Five minutes idle, 32 environments. */
    public static final EnvironmentLimits DEFAULT = new EnvironmentLimits(Duration.ofMinutes(5), 32);

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
