package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.DeadLetterConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.Environment;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.EphemeralStorage;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.ImageConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.LoggingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.SnapStart;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.TracingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.VpcConfig;

import java.util.List;
import java.util.Map;

/** The body of CreateFunction. */
public record CreateFunctionRequest(
        String functionName,
        String runtime,
        String role,
        String handler,
        FunctionCodeInput code,
        String description,
        Integer timeout,
        Integer memorySize,
        Boolean publish,
        VpcConfig vpcConfig,
        String packageType,
        DeadLetterConfig deadLetterConfig,
        Environment environment,
        @JsonProperty("KMSKeyArn") String kmsKeyArn,
        TracingConfig tracingConfig,
        Map<String, String> tags,
        List<String> layers,
        List<String> architectures,
        EphemeralStorage ephemeralStorage,
        SnapStart snapStart,
        LoggingConfig loggingConfig,
        ImageConfig imageConfig) {

    /** {@code Code}: the zip (base64 on the wire), its S3 location, or an image. */
    public record FunctionCodeInput(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion,
                                    String imageUri) {
    }
}
