package io.github.lambdaops.emulator.state;

/** Builds the ARNs of Lambda resources. */
public final class Arns {
    public static final String LATEST = "$LATEST";

    private Arns() {
    }

    public static String function(String region, String accountId, String name) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }

    public static String function(String region, String accountId, String name, String qualifier) {
        return qualifier == null ? function(region, accountId, name) : function(region, accountId, name) + ":" + qualifier;
    }
}
