package io.github.lambdaops.emulator.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * One version of a function ({@code $LATEST} or a published number): its configuration and its code. Immutable:
 * a change makes a new one, so what is rendered of its configuration (its JSON) is kept with it.
 */
public final class FunctionVersion {
    private final FunctionConfiguration configuration;
    private final FunctionCode code;
    /** Written at most a few times (by racing threads, all alike), then read. */
    private volatile String configurationJson;

    public FunctionVersion(FunctionConfiguration configuration, FunctionCode code) {
        this.configuration = configuration;
        this.code = code;
    }

    public FunctionConfiguration configuration() {
        return configuration;
    }

    public FunctionCode code() {
        return code;
    }

    /** The configuration as {@code write} renders it to JSON, rendered on first use only. */
    public String configurationJson(Function<FunctionConfiguration, String> write) {
        String json = configurationJson;
        if (json == null) {
            json = write.apply(configuration);
            configurationJson = json;
        }
        return json;
    }

    public String name() {
        return configuration.functionName();
    }

    public String version() {
        return configuration.version();
    }

    public boolean isLatest() {
        return Arns.LATEST.equals(version());
    }

    /** This version as answered under another ARN: an alias's, or $LATEST's qualified one. */
    public FunctionVersion answeredAs(String functionArn) {
        return functionArn.equals(configuration.functionArn()) ? this
                : withConfiguration(configuration.toBuilder().functionArn(functionArn).build());
    }

    public FunctionVersion withConfiguration(FunctionConfiguration newConfiguration) {
        return new FunctionVersion(newConfiguration, code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionVersion that && configuration.equals(that.configuration)
                && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(configuration, code);
    }

    @Override
    public String toString() {
        return "FunctionVersion[configuration=" + configuration + ", code=" + code + "]";
    }
}
