package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.Destinations;
import io.github.lambdaops.emulator.domain.EventInvokeConfig;
import io.github.lambdaops.emulator.domain.ProvisionedConcurrency;
import io.github.lambdaops.emulator.domain.Scaling;
import io.github.lambdaops.emulator.domain.UrlConfig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The requests and answers of the actions on a function's settings: concurrency, asynchronous invocation,
 * recursion, runtime management, scaling, code signing and URLs.
 */
public final class FunctionSettingsMessages {
    private FunctionSettingsMessages() {
    }

    /** The body of PutFunctionConcurrency, and the answer of Put/GetFunctionConcurrency. */
    public record FunctionConcurrency(Integer reservedConcurrentExecutions) {
    }

    public record PutProvisionedConcurrencyConfigRequest(Integer provisionedConcurrentExecutions) {
    }

    /** The answer of Put/GetProvisionedConcurrencyConfig; a list item also has its FunctionArn. */
    public record ProvisionedConcurrencyConfig(String functionArn, int requestedProvisionedConcurrentExecutions,
                                               int availableProvisionedConcurrentExecutions,
                                               int allocatedProvisionedConcurrentExecutions, String status,
                                               String lastModified) {
        public static ProvisionedConcurrencyConfig of(String functionArn, ProvisionedConcurrency config) {
            return new ProvisionedConcurrencyConfig(functionArn, config.requested(), config.available(),
                    config.allocated(), config.status(), config.lastModified());
        }
    }

    public record ListProvisionedConcurrencyConfigsResponse(List<ProvisionedConcurrencyConfig> provisionedConcurrencyConfigs,
                                                            String nextMarker) {
    }

    /** The body of Put/UpdateFunctionEventInvokeConfig. */
    public record EventInvokeConfigRequest(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds,
                                           Destinations destinationConfig) {
    }

    public record FunctionEventInvokeConfig(BigDecimal lastModified, String functionArn, Integer maximumRetryAttempts,
                                            Integer maximumEventAgeInSeconds, Destinations destinationConfig) {
        public static FunctionEventInvokeConfig of(String functionArn, EventInvokeConfig config) {
            Destinations destinations = config.destinationConfig();
            Destinations.Destination none = new Destinations.Destination(null);
            // AWS answers both destinations, empty where none is set
            return new FunctionEventInvokeConfig(config.lastModified(), functionArn, config.maximumRetryAttempts(),
                    config.maximumEventAgeInSeconds(), destinations == null ? new Destinations(none, none)
                    : new Destinations(Objects.requireNonNullElse(destinations.onSuccess(), none),
                    Objects.requireNonNullElse(destinations.onFailure(), none)));
        }
    }

    public record ListFunctionEventInvokeConfigsResponse(List<FunctionEventInvokeConfig> functionEventInvokeConfigs,
                                                         String nextMarker) {
    }

    /** The body of PutFunctionRecursionConfig and the answer of Put/GetFunctionRecursionConfig. */
    public record FunctionRecursionConfig(String recursiveLoop) {
    }

    public record PutRuntimeManagementConfigRequest(String updateRuntimeOn, String runtimeVersionArn) {
    }

    public record RuntimeManagementConfig(String updateRuntimeOn, String functionArn, String runtimeVersionArn) {
    }

    public record PutFunctionScalingConfigRequest(Scaling functionScalingConfig) {
    }

    public record PutFunctionScalingConfigResponse(String functionState) {
    }

    public record GetFunctionScalingConfigResponse(String functionArn, Scaling appliedFunctionScalingConfig,
                                                   Scaling requestedFunctionScalingConfig) {
    }

    /** The body of PutFunctionCodeSigningConfig and the answer of Put/GetFunctionCodeSigningConfig. */
    public record FunctionCodeSigningConfig(String codeSigningConfigArn, String functionName) {
    }

    /** The body of Create/UpdateFunctionUrlConfig. */
    public record FunctionUrlConfigRequest(String authType, UrlConfig.Cors cors, String invokeMode) {
    }

    /** The answer of Get/Update/CreateFunctionUrlConfig (Create's without LastModifiedTime) and a list item. */
    public record FunctionUrlConfig(String functionUrl, String functionArn, String authType, UrlConfig.Cors cors,
                                    String creationTime, String lastModifiedTime, String invokeMode) {
        public static FunctionUrlConfig of(String functionArn, UrlConfig config) {
            return new FunctionUrlConfig(config.functionUrl(), functionArn, config.authType(), config.cors(),
                    config.creationTime(), config.lastModifiedTime(), config.invokeMode());
        }

        public FunctionUrlConfig withoutLastModifiedTime() {
            return new FunctionUrlConfig(functionUrl, functionArn, authType, cors, creationTime, null, invokeMode);
        }
    }

    public record ListFunctionUrlConfigsResponse(List<FunctionUrlConfig> functionUrlConfigs, String nextMarker) {
    }
}
