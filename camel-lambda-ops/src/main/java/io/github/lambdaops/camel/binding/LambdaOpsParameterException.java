package io.github.lambdaops.camel.binding;

/**
 * A header, option or body that is missing or of the wrong form. Raised before any request is sent; the message names
 * the header (and URI option, where there is one) and what was expected, never the value of a payload or secret.
 */
public class LambdaOpsParameterException extends IllegalArgumentException {

    public LambdaOpsParameterException(String message) {
        super(message);
    }

    public LambdaOpsParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
