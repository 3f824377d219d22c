package io.github.lambdaops.emulator.domain;

/** When a version's runtime is updated, and to which runtime version when it is pinned (Manual). */
public record RuntimeManagement(String updateRuntimeOn, String runtimeVersionArn) {
    public static final RuntimeManagement DEFAULT = new RuntimeManagement("Auto", null);
}
