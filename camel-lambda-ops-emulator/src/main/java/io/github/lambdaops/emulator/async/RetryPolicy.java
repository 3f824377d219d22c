package io.github.lambdaops.emulator.async;

import io.github.lambdaops.emulator.domain.EventInvokeConfig;

import java.time.Duration;

/**
 * AWS's retries of asynchronous invocations, its delays and ages multiplied by {@code scale} (the emulator's
 * {@code retryDelayScale}): a function error (an error the function or its runtime returned, a timeout) is retried
 * {@code MaximumRetryAttempts} times (2 by default), a minute after the first attempt and two minutes after the
 * second; a throttled attempt (no concurrency left) does not count as one and is retried after 1 second, doubling
 * up to 5 minutes; an event older than {@code MaximumEventAgeInSeconds} (6 hours by default) is not attempted again.
 */
record RetryPolicy(double scale) {
    static final int DEFAULT_RETRIES = 2;
    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(6);
    private static final Duration ERROR_DELAY_STEP = Duration.ofMinutes(1);
    private static final Duration FIRST_THROTTLE_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_THROTTLE_DELAY = Duration.ofMinutes(5);

    /** How many times an event that failed is attempted again, under {@code config} (null: none stored). */
    int maxRetries(EventInvokeConfig config) {
        return config == null || config.maximumRetryAttempts() == null ? DEFAULT_RETRIES : config.maximumRetryAttempts();
    }

    /** How old an event may be when it is attempted, scaled. */
    Duration maxAge(EventInvokeConfig config) {
        return scaled(config == null || config.maximumEventAgeInSeconds() == null ? DEFAULT_MAX_AGE
                : Duration.ofSeconds(config.maximumEventAgeInSeconds()));
    }

    /** The wait before the next attempt of an event whose {@code attempts}-th attempt failed, scaled. */
    Duration delayAfterError(int attempts) {
        return scaled(ERROR_DELAY_STEP.multipliedBy(attempts));
    }

    /** The wait before the next attempt of an event throttled {@code throttles} times in a row, scaled. */
    Duration delayAfterThrottle(int throttles) {
        Duration delay = FIRST_THROTTLE_DELAY.multipliedBy(1L << Math.min(throttles - 1, 16));
        return scaled(delay.compareTo(MAX_THROTTLE_DELAY) > 0 ? MAX_THROTTLE_DELAY : delay);
    }

    private Duration scaled(Duration duration) {
        return Duration.ofNanos(Math.round(duration.toNanos() * scale));
    }
}
