package io.github.lambdaops.emulator.domain;

import java.util.List;
import java.util.Map;

/**
 * The configuration of one version of a function, shaped like the API's {@code FunctionConfiguration}
 * (component names become the wire names in UpperCamelCase, see the HTTP layer's {@code WireNames}).
 * Immutable: changes go through {@link #toBuilder()}.
 */
public record FunctionConfiguration(
        String functionName,
        String functionArn,
        String runtime,
        String role,
        String handler,
        long codeSize,
        String description,
        int timeout,
        int memorySize,
        String lastModified,
        String codeSha256,
        String version,
        VpcConfig vpcConfig,
        Environment environment,
        DeadLetterConfig deadLetterConfig,
        String kmsKeyArn,
        TracingConfig tracingConfig,
        String revisionId,
        List<Layer> layers,
        String state,
        String stateReason,
        String stateReasonCode,
        String lastUpdateStatus,
        String lastUpdateStatusReason,
        String lastUpdateStatusReasonCode,
        String packageType,
        List<String> architectures,
        EphemeralStorage ephemeralStorage,
        SnapStart snapStart,
        LoggingConfig loggingConfig,
        RuntimeVersionConfig runtimeVersionConfig,
        ImageConfigResponse imageConfigResponse) {

    public static final String ACTIVE = "Active";
    public static final String PENDING = "Pending";
    public static final String SUCCESSFUL = "Successful";
    public static final String IN_PROGRESS = "InProgress";

    public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds, String vpcId,
                            Boolean ipv6AllowedForDualStack) {
    }

    public record Environment(Map<String, String> variables) {
    }

    public record DeadLetterConfig(String targetArn) {
    }

    public record TracingConfig(String mode) {
    }

    public record Layer(String arn, long codeSize) {
    }

    public record EphemeralStorage(Integer size) {
    }

    public record SnapStart(String applyOn, String optimizationStatus) {
    }

    public record LoggingConfig(String logFormat, String applicationLogLevel, String systemLogLevel, String logGroup) {
    }

    /** The runtime version a function runs (AWS names one for every runtime). */
    public record RuntimeVersionConfig(String runtimeVersionArn) {
    }

    /** An image function's overrides of its image's settings. */
    public record ImageConfig(List<String> entryPoint, List<String> command, String workingDirectory) {
    }

    public record ImageConfigResponse(ImageConfig imageConfig) {
    }

    public Map<String, String> environmentVariables() {
        return environment == null || environment.variables() == null ? Map.of() : environment.variables();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable copy of a configuration, for creating and changing one. */
    public static final class Builder {
        private String functionName;
        private String functionArn;
        private String runtime;
        private String role;
        private String handler;
        private long codeSize;
        private String description;
        private int timeout;
        private int memorySize;
        private String lastModified;
        private String codeSha256;
        private String version;
        private VpcConfig vpcConfig;
        private Environment environment;
        private DeadLetterConfig deadLetterConfig;
        private String kmsKeyArn;
        private TracingConfig tracingConfig;
        private String revisionId;
        private List<Layer> layers;
        private String state;
        private String stateReason;
        private String stateReasonCode;
        private String lastUpdateStatus;
        private String lastUpdateStatusReason;
        private String lastUpdateStatusReasonCode;
        private String packageType;
        private List<String> architectures;
        private EphemeralStorage ephemeralStorage;
        private SnapStart snapStart;
        private LoggingConfig loggingConfig;
        private RuntimeVersionConfig runtimeVersionConfig;
        private ImageConfigResponse imageConfigResponse;

        private Builder() {
        }

        private Builder(FunctionConfiguration c) {
            functionName = c.functionName;
            functionArn = c.functionArn;
            runtime = c.runtime;
            role = c.role;
            handler = c.handler;
            codeSize = c.codeSize;
            description = c.description;
            timeout = c.timeout;
            memorySize = c.memorySize;
            lastModified = c.lastModified;
            codeSha256 = c.codeSha256;
            version = c.version;
            vpcConfig = c.vpcConfig;
            environment = c.environment;
            deadLetterConfig = c.deadLetterConfig;
            kmsKeyArn = c.kmsKeyArn;
            tracingConfig = c.tracingConfig;
            revisionId = c.revisionId;
            layers = c.layers;
            state = c.state;
            stateReason = c.stateReason;
            stateReasonCode = c.stateReasonCode;
            lastUpdateStatus = c.lastUpdateStatus;
            lastUpdateStatusReason = c.lastUpdateStatusReason;
            lastUpdateStatusReasonCode = c.lastUpdateStatusReasonCode;
            packageType = c.packageType;
            architectures = c.architectures;
            ephemeralStorage = c.ephemeralStorage;
            snapStart = c.snapStart;
            loggingConfig = c.loggingConfig;
            runtimeVersionConfig = c.runtimeVersionConfig;
            imageConfigResponse = c.imageConfigResponse;
        }

        public Builder functionName(String v) { functionName = v; return this; }
        public Builder functionArn(String v) { functionArn = v; return this; }
        public Builder runtime(String v) { runtime = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder handler(String v) { handler = v; return this; }
        public Builder codeSize(long v) { codeSize = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder timeout(int v) { timeout = v; return this; }
        public Builder memorySize(int v) { memorySize = v; return this; }
        public Builder lastModified(String v) { lastModified = v; return this; }
        public Builder codeSha256(String v) { codeSha256 = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder vpcConfig(VpcConfig v) { vpcConfig = v; return this; }
        public Builder environment(Environment v) { environment = v; return this; }
        public Builder deadLetterConfig(DeadLetterConfig v) { deadLetterConfig = v; return this; }
        public Builder kmsKeyArn(String v) { kmsKeyArn = v; return this; }
        public Builder tracingConfig(TracingConfig v) { tracingConfig = v; return this; }
        public Builder revisionId(String v) { revisionId = v; return this; }
        public Builder layers(List<Layer> v) { layers = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder lastUpdateStatus(String v) { lastUpdateStatus = v; return this; }

        /** State, with its reason and reason code (null for none). */
        public Builder state(String v, String reason, String reasonCode) {
            state = v;
            stateReason = reason;
            stateReasonCode = reasonCode;
            return this;
        }

        /** LastUpdateStatus, with its reason and reason code (null for none). */
        public Builder lastUpdateStatus(String v, String reason, String reasonCode) {
            lastUpdateStatus = v;
            lastUpdateStatusReason = reason;
            lastUpdateStatusReasonCode = reasonCode;
            return this;
        }
        public Builder packageType(String v) { packageType = v; return this; }
        public Builder architectures(List<String> v) { architectures = v; return this; }
        public Builder ephemeralStorage(EphemeralStorage v) { ephemeralStorage = v; return this; }
        public Builder snapStart(SnapStart v) { snapStart = v; return this; }
        public Builder loggingConfig(LoggingConfig v) { loggingConfig = v; return this; }
        public Builder runtimeVersionConfig(RuntimeVersionConfig v) { runtimeVersionConfig = v; return this; }
        public Builder imageConfigResponse(ImageConfigResponse v) { imageConfigResponse = v; return this; }

        public FunctionConfiguration build() {
            return new FunctionConfiguration(functionName, functionArn, runtime, role, handler, codeSize, description,
                    timeout, memorySize, lastModified, codeSha256, version, vpcConfig, environment, deadLetterConfig,
                    kmsKeyArn, tracingConfig, revisionId, layers, state, stateReason, stateReasonCode, lastUpdateStatus,
                    lastUpdateStatusReason, lastUpdateStatusReasonCode, packageType, architectures,
                    ephemeralStorage, snapStart, loggingConfig, runtimeVersionConfig, imageConfigResponse);
        }
    }
}
