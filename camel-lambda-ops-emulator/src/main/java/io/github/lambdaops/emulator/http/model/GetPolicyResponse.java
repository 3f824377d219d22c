package io.github.lambdaops.emulator.http.model;

/** The answer of GetPolicy: the policy document as a JSON string. */
public record GetPolicyResponse(String policy, String revisionId) {
}
