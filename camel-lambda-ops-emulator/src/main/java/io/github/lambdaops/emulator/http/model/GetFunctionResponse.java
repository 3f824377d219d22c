package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.lambdaops.emulator.state.FunctionConfiguration;

import java.util.Map;

/** The answer of GetFunction; {@code concurrency} holds the reserved concurrency, when there is one. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GetFunctionResponse(FunctionConfiguration configuration, CodeLocation code, Map<String, String> tags,
                                  Map<String, Object> concurrency) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeLocation(String repositoryType, String location, String imageUri, String resolvedImageUri) {
    }
}
