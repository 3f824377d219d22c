package io.github.lambdaops.emulator.domain;

/** Provisioned concurrency of a version or alias: requested, and how much of it is ready. */
public record ProvisionedConcurrency(int requested, int available, int allocated, String status, String lastModified) {
    public static final String READY = "READY";
    public static final String IN_PROGRESS = "IN_PROGRESS";

    /** Requested now: in progress, none of it allocated yet, until {@link #ready()}. */
    public static ProvisionedConcurrency requested(int requested, String lastModified) {
        return new ProvisionedConcurrency(requested, 0, 0, IN_PROGRESS, lastModified);
    }

    public ProvisionedConcurrency ready() {
        return new ProvisionedConcurrency(requested, requested, requested, READY, lastModified);
    }
}
