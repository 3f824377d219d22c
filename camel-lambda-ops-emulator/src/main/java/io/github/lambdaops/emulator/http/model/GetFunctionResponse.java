package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionConcurrency;

import java.util.Map;

/**
 * The answer of GetFunction; {@code configuration} is the version's configuration already written as JSON, and
 * {@code concurrency} holds the reserved concurrency, when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GetFunctionResponse(@JsonRawValue String configuration, CodeLocation code, Map<String, String> tags,
                                  FunctionConcurrency concurrency) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeLocation(String repositoryType, String location, String imageUri, String resolvedImageUri) {
    }
}
