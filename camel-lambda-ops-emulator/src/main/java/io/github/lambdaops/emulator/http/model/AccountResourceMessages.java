package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.CapacityProvider;
import io.github.lambdaops.emulator.domain.CodeSigningConfig;

import java.util.List;
import java.util.Map;

/**
 * The requests and answers of the actions on what an account holds beside functions and layers: code signing
 * configs, capacity providers, tags, resource policies and its settings.
 */
public final class AccountResourceMessages {
    private AccountResourceMessages() {
    }

    /** The body of Create/UpdateCodeSigningConfig. */
    public record CodeSigningConfigRequest(String description, CodeSigningConfig.AllowedPublishers allowedPublishers,
                                           CodeSigningConfig.CodeSigningPolicies codeSigningPolicies,
                                           Map<String, String> tags) {
    }

    public record CodeSigningConfigDocument(String codeSigningConfigId, String codeSigningConfigArn, String description,
                                            CodeSigningConfig.AllowedPublishers allowedPublishers,
                                            CodeSigningConfig.CodeSigningPolicies codeSigningPolicies,
                                            String lastModified) {
        public static CodeSigningConfigDocument of(CodeSigningConfig config) {
            return new CodeSigningConfigDocument(config.id(), config.arn(), config.description(),
                    config.allowedPublishers(), config.codeSigningPolicies(), config.lastModified());
        }
    }

    /** The answer of Create/Get/UpdateCodeSigningConfig. */
    public record CodeSigningConfigResponse(CodeSigningConfigDocument codeSigningConfig) {
        public static CodeSigningConfigResponse of(CodeSigningConfig config) {
            return new CodeSigningConfigResponse(CodeSigningConfigDocument.of(config));
        }
    }

    public record ListCodeSigningConfigsResponse(List<CodeSigningConfigDocument> codeSigningConfigs, String nextMarker) {
    }

    public record ListFunctionsByCodeSigningConfigResponse(List<String> functionArns, String nextMarker) {
    }

    /** The body of Create/UpdateCapacityProvider. */
    public record CapacityProviderRequest(String capacityProviderName, CapacityProvider.VpcConfig vpcConfig,
                                          CapacityProvider.PermissionsConfig permissionsConfig,
                                          CapacityProvider.InstanceRequirements instanceRequirements,
                                          CapacityProvider.ScalingConfig capacityProviderScalingConfig,
                                          String kmsKeyArn, CapacityProvider.PropagateTags propagateTags,
                                          CapacityProvider.TelemetryConfig telemetryConfig, Map<String, String> tags) {
    }

    public record CapacityProviderDocument(String capacityProviderArn, String state, CapacityProvider.VpcConfig vpcConfig,
                                           CapacityProvider.PermissionsConfig permissionsConfig,
                                           CapacityProvider.InstanceRequirements instanceRequirements,
                                           CapacityProvider.ScalingConfig capacityProviderScalingConfig,
                                           String kmsKeyArn, CapacityProvider.PropagateTags propagateTags,
                                           CapacityProvider.TelemetryConfig telemetryConfig, String lastModified) {
        public static CapacityProviderDocument of(CapacityProvider provider) {
            return new CapacityProviderDocument(provider.arn(), provider.state(), provider.vpcConfig(),
                    provider.permissionsConfig(), provider.instanceRequirements(),
                    provider.capacityProviderScalingConfig(), provider.kmsKeyArn(), provider.propagateTags(),
                    provider.telemetryConfig(), provider.lastModified());
        }
    }

    /** The answer of Create/Get/Update/DeleteCapacityProvider. */
    public record CapacityProviderResponse(CapacityProviderDocument capacityProvider) {
        public static CapacityProviderResponse of(CapacityProvider provider) {
            return new CapacityProviderResponse(CapacityProviderDocument.of(provider));
        }
    }

    public record ListCapacityProvidersResponse(List<CapacityProviderDocument> capacityProviders, String nextMarker) {
    }

    public record ListFunctionVersionsByCapacityProviderResponse(String capacityProviderArn,
                                                                 List<String> functionVersions) {
    }

    /** The body of TagResource, and the answer of ListTags. */
    public record Tags(Map<String, String> tags) {
    }

    public record PutResourcePolicyRequest(String policy, String revisionId) {
    }

    /** The answer of Put/GetResourcePolicy. */
    public record ResourcePolicyResponse(String policy, String revisionId) {
    }

    public record AccountLimit(long totalCodeSize, long codeSizeUnzipped, long codeSizeZipped,
                               int concurrentExecutions, int unreservedConcurrentExecutions) {
    }

    public record AccountUsage(long totalCodeSize, long functionCount) {
    }

    public record GetAccountSettingsResponse(AccountLimit accountLimit, AccountUsage accountUsage) {
    }
}
