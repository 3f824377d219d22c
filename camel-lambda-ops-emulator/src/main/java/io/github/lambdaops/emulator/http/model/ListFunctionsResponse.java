package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.FunctionConfiguration;

import java.util.List;

/** The answer of ListFunctions. */
public record ListFunctionsResponse(String nextMarker, List<FunctionConfiguration> functions) {
}
