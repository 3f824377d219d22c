package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.FunctionConfiguration.EphemeralStorage;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.SnapStart;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.TracingConfig;
import io.github.lambdaops.emulator.http.model.CreateFunctionRequest;
import io.github.lambdaops.emulator.http.model.UpdateFunctionConfigurationRequest;
import io.github.lambdaops.emulator.runtime.Runtimes;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

/** Checks a CreateFunction request the way Lambda does, with Lambda's messages. */
final class CreateFunctionValidator {
    private static final String ENVIRONMENT_KEY_PATTERN = "[a-zA-Z]([a-zA-Z0-9_])+";
    private static final Set<String> RESERVED_ENVIRONMENT_KEYS = Set.of("_HANDLER", "_X_AMZN_TRACE_ID",
            "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
            "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR");
    private static final int MAX_ENVIRONMENT_BYTES = 4 * 1024;
    static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    private CreateFunctionValidator() {
    }

    /** Checks a CreateFunction request: first every member's constraints at once, then what they mean together. */
    static void validate(CreateFunctionRequest request) {
        Validation.all(
                () -> Validation.required(request.functionName(), "functionName"),
                () -> pattern(Validation.required(request.role(), "role"), "role", Arns.ROLE),
                () -> Validation.oneOf(request.packageType(), "packageType", "Zip", "Image"),
                () -> handler(request.handler()),
                () -> limits(request.memorySize(), request.timeout(), request.ephemeralStorage(), request.description()),
                () -> architectures(request.architectures()),
                () -> tracingMode(request.tracingConfig()),
                () -> snapStart(request.snapStart()),
                () -> layerArns(request.layers()));
        boolean image = "Image".equals(request.packageType());
        if (request.runtime() != null) {
            runtime(request.runtime());
        }
        if (!image && (request.runtime() == null || request.handler() == null)) {
            throw ApiException.invalidParameter(
                    "Runtime and Handler are mandatory parameters for functions created with deployment packages.");
        }
        code(request.code(), image);
        layerCount(request.layers());
        if (request.environment() != null && request.environment().variables() != null) {
            environment(request.environment().variables());
        }
    }

    /** Checks the members an UpdateFunctionConfiguration request gives, as {@link #validate} does for a new one. */
    static void validateUpdate(UpdateFunctionConfigurationRequest request) {
        Validation.all(
                () -> pattern(request.role(), "role", Arns.ROLE),
                () -> handler(request.handler()),
                () -> limits(request.memorySize(), request.timeout(), request.ephemeralStorage(), request.description()),
                () -> tracingMode(request.tracingConfig()),
                () -> snapStart(request.snapStart()),
                () -> layerArns(request.layers()));
        if (request.runtime() != null) {
            runtime(request.runtime());
        }
        layerCount(request.layers());
        if (request.environment() != null && request.environment().variables() != null) {
            environment(request.environment().variables());
        }
    }

    private static void handler(String handler) {
        Validation.maxLength(handler, "handler", 128);
        pattern(handler, "handler", "[^\\s]+");
    }

    /** Checks the zip of UpdateFunctionCode as CreateFunction's. */
    static void validateZip(byte[] zip) {
        if (!isZip(zip)) {
            throw ApiException.invalidParameter(
                    "Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
    }

    /** The sizes and lengths CreateFunction and UpdateFunctionConfiguration both bound. */
    private static void limits(Integer memorySize, Integer timeout, EphemeralStorage ephemeralStorage,
                               String description) {
        Validation.all(
                () -> Validation.range(memorySize, "memorySize", 128, 10240),
                () -> Validation.range(timeout, "timeout", 1, 900),
                () -> Validation.range(ephemeralStorage == null ? null : ephemeralStorage.size(),
                        "ephemeralStorage.size", 512, 10240),
                () -> Validation.maxLength(description, "description", 256));
    }

    private static void tracingMode(TracingConfig tracing) {
        if (tracing != null) {
            Validation.oneOf(tracing.mode(), "tracingConfig.mode", "Active", "PassThrough");
        }
    }

    private static void snapStart(SnapStart snapStart) {
        if (snapStart != null) {
            Validation.oneOf(snapStart.applyOn(), "snapStart.applyOn", "PublishedVersions", "None");
        }
    }

    private static void runtime(String runtime) {
        if (Runtimes.isDeprecated(runtime)) {
            throw ApiException.invalidParameter("The runtime parameter of " + runtime + " is no longer supported for"
                    + " creating or updating AWS Lambda functions. We recommend you use a supported runtime while"
                    + " creating or updating functions.");
        }
        if (!Runtimes.isSupported(runtime)) {
            // AWS checks this one after its request validation: an InvalidParameterValueException, worded alike
            throw ApiException.invalidParameter("Value " + runtime + " at 'runtime' failed to satisfy constraint: "
                    + Validation.enumConstraint(Runtimes.apiEnum()) + " or be a valid ARN");
        }
    }

    private static void code(CreateFunctionRequest.FunctionCodeInput code, boolean image) {
        if (image) {
            if (code == null || code.imageUri() == null) {
                throw ApiException.invalidParameter("ImageUri is required for functions of PackageType Image.");
            }
            return;
        }
        if (code == null || (code.zipFile() == null && (code.s3Bucket() == null || code.s3Key() == null))) {
            throw ApiException.invalidParameter("Please provide a source for function code: Code.ZipFile, or"
                    + " Code.S3Bucket and Code.S3Key.");
        }
        if (code.zipFile() != null && !isZip(code.zipFile())) {
            throw ApiException.invalidParameter(
                    "Could not unzip uploaded file. Please check your file, then try to upload again.");
        }
    }

    private static boolean isZip(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            return zip.getNextEntry() != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The Architectures of CreateFunction and UpdateFunctionCode: one of x86_64 and arm64. */
    static void architectures(List<String> architectures) {
        if (architectures == null) {
            return;
        }
        Validation.size(architectures, "architectures", 1, 1);
        Validation.elements(architectures, "architectures", ARCHITECTURES::contains,
                Validation.enumConstraint(ARCHITECTURES));
    }

    private static void layerArns(List<String> layers) {
        Validation.elements(layers, "layers", layer -> layer.length() <= 2048 && layer.matches(Arns.LAYER_VERSION),
                Validation.stringConstraints(1, 2048, Arns.LAYER_VERSION));
    }

    private static void layerCount(List<String> layers) {
        if (layers != null && layers.size() > 5) {
            throw ApiException.invalidParameter("Cannot reference more than 5 layers.");
        }
    }

    private static void environment(Map<String, String> variables) {
        List<String> reserved = variables.keySet().stream().filter(RESERVED_ENVIRONMENT_KEYS::contains).sorted().toList();
        if (!reserved.isEmpty()) {
            throw ApiException.invalidParameter("Lambda was unable to configure your environment variables because the"
                    + " environment variables you have provided contains reserved keys that are currently not supported"
                    + " for modification. Reserved keys used in this request: " + String.join(", ", reserved));
        }
        variables.keySet().forEach(key -> pattern(key, "environment.variables", ENVIRONMENT_KEY_PATTERN));
        String measured = Json.writeString(variables);
        if (measured.getBytes(StandardCharsets.UTF_8).length > MAX_ENVIRONMENT_BYTES) {
            throw ApiException.invalidParameter("Lambda was unable to configure your environment variables because the"
                    + " environment variables you have provided exceeded the 4KB limit. String measured: " + measured);
        }
    }

    private static void pattern(String value, String member, String regex) {
        Validation.pattern(value, member, regex, Integer.MAX_VALUE);
    }
}
