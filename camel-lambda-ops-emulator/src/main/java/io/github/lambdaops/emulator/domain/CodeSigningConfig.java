package io.github.lambdaops.emulator.domain;

import java.util.List;

/** A code signing config: stored and attached to functions; deployment packages are never verified against it. */
public record CodeSigningConfig(String id, String arn, String description, AllowedPublishers allowedPublishers,
                                CodeSigningPolicies codeSigningPolicies, String lastModified) {

    public record AllowedPublishers(List<String> signingProfileVersionArns) {
    }

    public record CodeSigningPolicies(String untrustedArtifactOnDeployment) {
    }

    /** This config with the members given (null keeps this one's), modified at {@code now}. */
    public CodeSigningConfig update(String newDescription, AllowedPublishers newPublishers,
                                    CodeSigningPolicies newPolicies, String now) {
        return new CodeSigningConfig(id, arn, newDescription != null ? newDescription : description,
                newPublishers != null ? newPublishers : allowedPublishers,
                newPolicies != null ? newPolicies : codeSigningPolicies, now);
    }
}
