package io.github.lambdaops.camel.options;

/** The AWS SDK retry strategy of a client the component builds. */
public enum RetryMode {
    standard(software.amazon.awssdk.core.retry.RetryMode.STANDARD),
    adaptive(software.amazon.awssdk.core.retry.RetryMode.ADAPTIVE_V2),
    legacy(software.amazon.awssdk.core.retry.RetryMode.LEGACY);

    private final software.amazon.awssdk.core.retry.RetryMode sdkMode;

    RetryMode(software.amazon.awssdk.core.retry.RetryMode sdkMode) {
        this.sdkMode = sdkMode;
    }

    public software.amazon.awssdk.core.retry.RetryMode sdkMode() {
        return sdkMode;
    }
}
