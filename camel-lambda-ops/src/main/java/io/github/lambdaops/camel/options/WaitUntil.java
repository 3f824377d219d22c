package io.github.lambdaops.camel.options;

/**
 * The AWS SDK's Lambda waiters ({@code LambdaAsyncWaiter.waitUntilFunctionActive}, ...), by the name of the
 * {@code waitUntil} option; a test keeps this list equal to the SDK's.
 */
public enum WaitUntil {
    functionActive,
    functionActiveV2,
    functionExists,
    functionUpdated,
    functionUpdatedV2,
    publishedVersionActive
}
