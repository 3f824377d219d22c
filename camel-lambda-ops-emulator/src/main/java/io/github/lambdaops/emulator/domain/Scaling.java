package io.github.lambdaops.emulator.domain;

/** How many execution environments a version keeps (Lambda Managed Instances). */
public record Scaling(Integer minExecutionEnvironments, Integer maxExecutionEnvironments) {
}
