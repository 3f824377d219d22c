package io.github.lambdaops.camel.binding;

/** What the message body means to an operation. */
public enum BodyRole {
    /** The body is not read. */
    NONE,
    /** The body is the invocation payload ({@code Payload}); a String is sent as UTF-8. */
    PAYLOAD,
    /**
     * The body is the zip of a deployment package ({@code ZipFile}, at the top level or inside {@code Code} or
     * {@code Content}) unless a header already locates the code; a String is base64.
     */
    DEPLOYMENT_PACKAGE
}
