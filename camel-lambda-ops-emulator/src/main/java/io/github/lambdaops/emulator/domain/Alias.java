package io.github.lambdaops.emulator.domain;

import java.util.Map;

/**
 * An alias of a function: the version it points at and, optionally, other versions that get a share of its
 * invocations ({@code RoutingConfig.AdditionalVersionWeights}, weights in 0..1).
 */
public record Alias(String name, String functionVersion, String description, Map<String, Double> additionalVersionWeights,
                    String revisionId) {

    public Alias {
        additionalVersionWeights = additionalVersionWeights == null ? Map.of() : Map.copyOf(additionalVersionWeights);
    }

    /** The version one invocation runs: another version with its weight's probability, else the alias's own. */
    public String pickVersion(double random) {
        double threshold = 0;
        for (Map.Entry<String, Double> weighted : additionalVersionWeights.entrySet()) {
            threshold += weighted.getValue();
            if (random < threshold) {
                return weighted.getKey();
            }
        }
        return functionVersion;
    }
}
