package io.github.lambdaops.emulator.domain;

import java.math.BigDecimal;

/** How a version handles its asynchronous invocations: retries, maximum event age, destinations. */
public record EventInvokeConfig(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds,
                                Destinations destinationConfig, BigDecimal lastModified) {

    /** This config with what {@code changes} sets (its null members keep this one's). */
    public EventInvokeConfig merge(EventInvokeConfig changes) {
        return new EventInvokeConfig(
                changes.maximumRetryAttempts != null ? changes.maximumRetryAttempts : maximumRetryAttempts,
                changes.maximumEventAgeInSeconds != null ? changes.maximumEventAgeInSeconds : maximumEventAgeInSeconds,
                changes.destinationConfig != null ? changes.destinationConfig : destinationConfig,
                changes.lastModified);
    }
}
