package io.github.lambdaops.emulator.http.model;

import java.util.List;

/** The answer of ListDurableExecutionsByFunction (always empty: the emulator runs no durable functions). */
public record ListDurableExecutionsByFunctionResponse(List<String> durableExecutions) {
}
