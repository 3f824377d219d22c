package io.github.lambdaops.emulator.state;

/** One version of a function ({@code $LATEST} or a published number): its configuration and its code. */
public record FunctionVersion(FunctionConfiguration configuration, FunctionCode code) {

    public String name() {
        return configuration.functionName();
    }

    public String version() {
        return configuration.version();
    }

    public boolean isLatest() {
        return Arns.LATEST.equals(version());
    }

    public FunctionVersion withConfiguration(FunctionConfiguration newConfiguration) {
        return new FunctionVersion(newConfiguration, code);
    }
}
