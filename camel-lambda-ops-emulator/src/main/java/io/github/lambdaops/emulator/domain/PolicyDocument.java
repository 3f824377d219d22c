package io.github.lambdaops.emulator.domain;

import java.util.UUID;

/** A whole resource policy set by PutResourcePolicy, as the JSON text given, with the RevisionId guarding it. */
public record PolicyDocument(String policy, String revisionId) {

    public static PolicyDocument of(String policy) {
        return new PolicyDocument(policy, UUID.randomUUID().toString());
    }

    /** Fails with PreconditionFailed unless {@code expected} is null or this document's RevisionId. */
    public static void requireRevision(String expected, PolicyDocument current) {
        if (expected != null && (current == null || !expected.equals(current.revisionId()))) {
            throw ApiException.revisionMismatch();
        }
    }
}
