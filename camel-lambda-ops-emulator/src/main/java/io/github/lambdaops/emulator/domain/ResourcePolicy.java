package io.github.lambdaops.emulator.domain;

import java.util.List;

/** A function's (or a version's, or a layer version's) resource-based policy document. */
public record ResourcePolicy(String version, String id, List<PolicyStatement> statement) {

    /** A policy with the RevisionId that guards it. */
    public record Revised(ResourcePolicy policy, String revisionId) {
    }

    public static ResourcePolicy of(List<PolicyStatement> statements) {
        return new ResourcePolicy("2012-10-17", "default", List.copyOf(statements));
    }
}
