package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.FunctionConfiguration;

import java.util.List;

/** The answer of ListVersionsByFunction. */
public record ListVersionsResponse(String nextMarker, List<FunctionConfiguration> versions) {
}
