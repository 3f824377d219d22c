package io.github.lambdaops.emulator.domain;

/** Provisioned concurrency of a version or alias: requested, and how much of it is ready. */
public record ProvisionedConcurrency(int requested, int available, int allocated, String status, String lastModified) {
    public static final String READY = "READY";
    public static final String IN_PROGRESS = "IN_PROGRESS";

    /** Requested now: ready at once, or in progress until {@link #ready()}. */
    public static ProvisionedConcurrency requested(int requested, boolean immediate, String lastModified) {
        return immediate ? new ProvisionedConcurrency(requested, requested, requested, READY, lastModified)
                : new ProvisionedConcurrency(requested, 0, 0, IN_PROGRESS, lastModified);
    }

    public ProvisionedConcurrency ready() {
        return new ProvisionedConcurrency(requested, requested, requested, READY, lastModified);
    }
}
