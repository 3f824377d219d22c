package io.github.lambdaops.emulator.domain;

import java.util.List;
import java.util.Map;

/**
 * A capacity provider (Lambda Managed Instances) with its State (Pending, then Active). No instances are launched,
 * so no function version ever runs on one.
 */
public record CapacityProvider(String name, String arn, String state, VpcConfig vpcConfig,
                               PermissionsConfig permissionsConfig, InstanceRequirements instanceRequirements,
                               ScalingConfig capacityProviderScalingConfig, String kmsKeyArn,
                               PropagateTags propagateTags, TelemetryConfig telemetryConfig, String lastModified) {
    public static final String PENDING = "Pending";
    public static final String ACTIVE = "Active";
    public static final String DELETING = "Deleting";

    public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds) {
    }

    public record PermissionsConfig(String capacityProviderOperatorRoleArn) {
    }

    public record InstanceRequirements(List<String> architectures, List<String> allowedInstanceTypes,
                                       List<String> excludedInstanceTypes) {
    }

    public record ScalingConfig(Integer maxVCpuCount, String scalingMode, List<ScalingPolicy> scalingPolicies) {
    }

    public record ScalingPolicy(String predefinedMetricType, Double targetValue) {
    }

    public record PropagateTags(String mode, Map<String, String> explicitTags) {
    }

    public record TelemetryConfig(LoggingConfig loggingConfig) {
    }

    public record LoggingConfig(String systemLogLevel, String logGroup) {
    }

    public CapacityProvider withState(String newState) {
        return new CapacityProvider(name, arn, newState, vpcConfig, permissionsConfig, instanceRequirements,
                capacityProviderScalingConfig, kmsKeyArn, propagateTags, telemetryConfig, lastModified);
    }

    /** This provider with the members given (null keeps this one's), modified at {@code now}. */
    public CapacityProvider update(ScalingConfig scaling, PropagateTags tags, TelemetryConfig telemetry, String now) {
        return new CapacityProvider(name, arn, state, vpcConfig, permissionsConfig, instanceRequirements,
                scaling != null ? scaling : capacityProviderScalingConfig, kmsKeyArn,
                tags != null ? tags : propagateTags, telemetry != null ? telemetry : telemetryConfig, now);
    }
}
