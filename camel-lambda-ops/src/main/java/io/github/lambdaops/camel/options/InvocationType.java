package io.github.lambdaops.camel.options;

/** The default invocation type of {@code invoke}, as the Lambda API names it. */
public enum InvocationType {
    RequestResponse,
    Event,
    DryRun
}
