package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.DeadLetterConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.Environment;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.EphemeralStorage;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.LoggingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.SnapStart;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.TracingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.VpcConfig;

import java.util.List;

/** The body of UpdateFunctionConfiguration: only the members given change. */
public record UpdateFunctionConfigurationRequest(
        String role,
        String handler,
        String description,
        Integer timeout,
        Integer memorySize,
        VpcConfig vpcConfig,
        Environment environment,
        String runtime,
        DeadLetterConfig deadLetterConfig,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        TracingConfig tracingConfig,
        String revisionId,
        List<String> layers,
        EphemeralStorage ephemeralStorage,
        SnapStart snapStart,
        LoggingConfig loggingConfig) {
}
