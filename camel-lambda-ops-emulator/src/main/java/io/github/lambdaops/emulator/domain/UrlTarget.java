package io.github.lambdaops.emulator.domain;

/** What a function URL serves: the function, the qualifier (an alias, or null for the function itself) and the config. */
public record UrlTarget(Function function, String qualifier, UrlConfig config) {

    /** The ARN an invocation through the URL is made with. */
    public String arn() {
        return function.arn(qualifier);
    }

    /** The version one invocation runs (by the alias's routing weights, if any). */
    public FunctionVersion versionToInvoke() {
        return function.versionToInvoke(qualifier);
    }
}
