package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.http.model.CreateFunctionRequest;
import io.github.lambdaops.emulator.http.model.CreateFunctionRequest.FunctionCodeInput;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.EphemeralStorage;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.Layer;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.LoggingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.SnapStart;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.TracingConfig;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.VpcConfig;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.Function;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** Builds the $LATEST of a new function from a (valid) CreateFunction request, with Lambda's defaults. */
final class FunctionFactory {

    private FunctionFactory() {
    }

    static FunctionVersion latestOf(CreateFunctionRequest request, String name, String region, String accountId) {
        FunctionCode code = codeOf(request.code());
        boolean image = "Image".equals(request.packageType());
        FunctionConfiguration configuration = FunctionConfiguration.builder()
                .functionName(name)
                .functionArn(Arns.function(region, accountId, name))
                .runtime(request.runtime())
                .role(request.role())
                .handler(request.handler())
                .codeSize(code.hasZip() ? code.zipFile().length : 0)
                .codeSha256(codeSha256(code))
                .description(Objects.requireNonNullElse(request.description(), ""))
                .timeout(Objects.requireNonNullElse(request.timeout(), 3))
                .memorySize(Objects.requireNonNullElse(request.memorySize(), 128))
                .lastModified(Timestamps.now())
                .version(Arns.LATEST)
                .vpcConfig(vpcConfigOf(request.vpcConfig()))
                .environment(request.environment())
                .deadLetterConfig(request.deadLetterConfig())
                .kmsKeyArn(request.kmsKeyArn())
                .tracingConfig(new TracingConfig(request.tracingConfig() != null && request.tracingConfig().mode() != null
                        ? request.tracingConfig().mode() : "PassThrough"))
                .revisionId(Function.newRevisionId())
                .layers(request.layers() == null ? null : request.layers().stream().map(arn -> new Layer(arn, 0)).toList())
                .state(FunctionConfiguration.ACTIVE)
                .lastUpdateStatus(FunctionConfiguration.SUCCESSFUL)
                .packageType(image ? "Image" : "Zip")
                .architectures(request.architectures() != null ? List.copyOf(request.architectures()) : List.of("x86_64"))
                .ephemeralStorage(new EphemeralStorage(request.ephemeralStorage() != null
                        && request.ephemeralStorage().size() != null ? request.ephemeralStorage().size() : 512))
                .snapStart(new SnapStart(request.snapStart() != null && request.snapStart().applyOn() != null
                        ? request.snapStart().applyOn() : "None", "Off"))
                .loggingConfig(loggingConfigOf(request.loggingConfig(), name))
                .runtimeVersionConfig(runtimeVersionOf(region, request.runtime()))
                .imageConfigResponse(request.imageConfig() == null ? null
                        : new FunctionConfiguration.ImageConfigResponse(request.imageConfig()))
                .build();
        return new FunctionVersion(configuration, code);
    }

    static FunctionCode codeOf(FunctionCodeInput code) {
        return code.zipFile() != null
                ? new FunctionCode(code.zipFile(), null, null, null, null)
                : new FunctionCode(null, code.s3Bucket(), code.s3Key(), code.s3ObjectVersion(), code.imageUri());
    }

    /**
     * Base64 SHA-256 of the zip; for code never fetched, and for a hot-reload directory, of where it lives: it changes
     * when the code is moved, not when the directory's files change (which run at once, without a new CodeSha256).
     */
    static String codeSha256(FunctionCode code) {
        byte[] content = code.hasZip() ? code.zipFile() : code.describe().getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(sha256(content));
    }

    static VpcConfig vpcConfigOf(VpcConfig requested) {
        if (requested == null) {
            return null;
        }
        List<String> subnets = requested.subnetIds() == null ? List.of() : requested.subnetIds();
        List<String> securityGroups = requested.securityGroupIds() == null ? List.of() : requested.securityGroupIds();
        String vpcId = subnets.isEmpty() ? "" : "vpc-" + HexFormat.of().formatHex(sha256(
                String.join(",", subnets).getBytes(StandardCharsets.UTF_8))).substring(0, 17);
        return new VpcConfig(subnets, securityGroups, vpcId,
                Objects.requireNonNullElse(requested.ipv6AllowedForDualStack(), false));
    }

    /**
     * A function's logging config: AWS's defaults for what the request leaves out (Text format; with JSON format,
     * INFO levels; the function's own log group).
     */
    static LoggingConfig loggingConfigOf(LoggingConfig requested, String name) {
        String defaultGroup = "/aws/lambda/" + name;
        if (requested == null) {
            return new LoggingConfig("Text", null, null, defaultGroup);
        }
        String format = Objects.requireNonNullElse(requested.logFormat(), "Text");
        String defaultLevel = "JSON".equals(format) ? "INFO" : null;
        return new LoggingConfig(format,
                requested.applicationLogLevel() != null ? requested.applicationLogLevel() : defaultLevel,
                requested.systemLogLevel() != null ? requested.systemLogLevel() : defaultLevel,
                Objects.requireNonNullElse(requested.logGroup(), defaultGroup));
    }

    /** The runtime version AWS names in every configuration of a runtime (none for an image function). */
    static FunctionConfiguration.RuntimeVersionConfig runtimeVersionOf(String region, String runtime) {
        return runtime == null ? null : new FunctionConfiguration.RuntimeVersionConfig(Arns.runtimeVersion(region,
                HexFormat.of().formatHex(sha256(runtime.getBytes(StandardCharsets.UTF_8)))));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
