package io.github.lambdaops.camel;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.binding.BodyRole;
import io.github.lambdaops.camel.binding.RequestSpec;
import io.github.lambdaops.camel.client.ClientMethods;
import io.github.lambdaops.camel.options.OptionValues;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.*;

/**
 * The Lambda API actions this component performs: every request-taking method of {@link LambdaAsyncClient}. Each entry
 * names the SDK request type, what the message body is to it, and the members the API requires besides those in the
 * request path; the client methods that send it (and its paginator) are found from the entry's name once, and headers
 * are bound to the request generically (see {@code RequestBinder}), so an action is one line here. The name of an entry
 * is the value of the {@code operation} option and of the {@code CamelLambdaOpsOperation} header.
 */
public enum LambdaOpsOperations implements RequestSpec {

    addLayerVersionPermission(AddLayerVersionPermissionRequest.class, "StatementId", "Action", "Principal"),
    addPermission(AddPermissionRequest.class, "StatementId", "Action", "Principal"),
    checkpointDurableExecution(CheckpointDurableExecutionRequest.class, "CheckpointToken"),
    createAlias(CreateAliasRequest.class, "Name", "FunctionVersion"),
    createCapacityProvider(CreateCapacityProviderRequest.class, "CapacityProviderName",
            "VpcConfig", "PermissionsConfig"),
    createCodeSigningConfig(CreateCodeSigningConfigRequest.class, "AllowedPublishers"),
    createEventSourceMapping(CreateEventSourceMappingRequest.class, "FunctionName"),
    createFunction(CreateFunctionRequest.class, BodyRole.DEPLOYMENT_PACKAGE, "FunctionName", "Role", "Code"),
    createFunctionUrlConfig(CreateFunctionUrlConfigRequest.class, "AuthType"),
    deleteAlias(DeleteAliasRequest.class),
    deleteCapacityProvider(DeleteCapacityProviderRequest.class),
    deleteCodeSigningConfig(DeleteCodeSigningConfigRequest.class),
    deleteEventSourceMapping(DeleteEventSourceMappingRequest.class),
    deleteFunction(DeleteFunctionRequest.class),
    deleteFunctionCodeSigningConfig(DeleteFunctionCodeSigningConfigRequest.class),
    deleteFunctionConcurrency(DeleteFunctionConcurrencyRequest.class),
    deleteFunctionEventInvokeConfig(DeleteFunctionEventInvokeConfigRequest.class),
    deleteFunctionUrlConfig(DeleteFunctionUrlConfigRequest.class),
    deleteLayerVersion(DeleteLayerVersionRequest.class),
    deleteProvisionedConcurrencyConfig(DeleteProvisionedConcurrencyConfigRequest.class, "Qualifier"),
    deleteResourcePolicy(DeleteResourcePolicyRequest.class),
    getAccountSettings(GetAccountSettingsRequest.class),
    getAlias(GetAliasRequest.class),
    getCapacityProvider(GetCapacityProviderRequest.class),
    getCodeSigningConfig(GetCodeSigningConfigRequest.class),
    getDurableExecution(GetDurableExecutionRequest.class),
    getDurableExecutionHistory(GetDurableExecutionHistoryRequest.class),
    getDurableExecutionState(GetDurableExecutionStateRequest.class, "CheckpointToken"),
    getEventSourceMapping(GetEventSourceMappingRequest.class),
    getFunction(GetFunctionRequest.class),
    getFunctionCodeSigningConfig(GetFunctionCodeSigningConfigRequest.class),
    getFunctionConcurrency(GetFunctionConcurrencyRequest.class),
    getFunctionConfiguration(GetFunctionConfigurationRequest.class),
    getFunctionEventInvokeConfig(GetFunctionEventInvokeConfigRequest.class),
    getFunctionRecursionConfig(GetFunctionRecursionConfigRequest.class),
    getFunctionScalingConfig(GetFunctionScalingConfigRequest.class, "Qualifier"),
    getFunctionUrlConfig(GetFunctionUrlConfigRequest.class),
    getLayerVersion(GetLayerVersionRequest.class),
    getLayerVersionByArn(GetLayerVersionByArnRequest.class, "Arn"),
    getLayerVersionPolicy(GetLayerVersionPolicyRequest.class),
    getPolicy(GetPolicyRequest.class),
    getProvisionedConcurrencyConfig(GetProvisionedConcurrencyConfigRequest.class, "Qualifier"),
    getResourcePolicy(GetResourcePolicyRequest.class),
    getRuntimeManagementConfig(GetRuntimeManagementConfigRequest.class),
    invoke(InvokeRequest.class, BodyRole.PAYLOAD),
    invokeWithResponseStream(InvokeWithResponseStreamRequest.class, BodyRole.PAYLOAD),
    listAliases(ListAliasesRequest.class),
    listCapacityProviders(ListCapacityProvidersRequest.class),
    listCodeSigningConfigs(ListCodeSigningConfigsRequest.class),
    listDurableExecutionsByFunction(ListDurableExecutionsByFunctionRequest.class),
    listEventSourceMappings(ListEventSourceMappingsRequest.class),
    listFunctionEventInvokeConfigs(ListFunctionEventInvokeConfigsRequest.class),
    listFunctionUrlConfigs(ListFunctionUrlConfigsRequest.class),
    listFunctionVersionsByCapacityProvider(ListFunctionVersionsByCapacityProviderRequest.class),
    listFunctions(ListFunctionsRequest.class),
    listFunctionsByCodeSigningConfig(ListFunctionsByCodeSigningConfigRequest.class),
    listLayerVersions(ListLayerVersionsRequest.class),
    listLayers(ListLayersRequest.class),
    listProvisionedConcurrencyConfigs(ListProvisionedConcurrencyConfigsRequest.class),
    listTags(ListTagsRequest.class),
    listVersionsByFunction(ListVersionsByFunctionRequest.class),
    publishLayerVersion(PublishLayerVersionRequest.class, BodyRole.DEPLOYMENT_PACKAGE, "Content"),
    publishVersion(PublishVersionRequest.class),
    putFunctionCodeSigningConfig(PutFunctionCodeSigningConfigRequest.class, "CodeSigningConfigArn"),
    putFunctionConcurrency(PutFunctionConcurrencyRequest.class, "ReservedConcurrentExecutions"),
    putFunctionEventInvokeConfig(PutFunctionEventInvokeConfigRequest.class),
    putFunctionRecursionConfig(PutFunctionRecursionConfigRequest.class, "RecursiveLoop"),
    putFunctionScalingConfig(PutFunctionScalingConfigRequest.class, "Qualifier"),
    putProvisionedConcurrencyConfig(PutProvisionedConcurrencyConfigRequest.class, "Qualifier",
            "ProvisionedConcurrentExecutions"),
    putResourcePolicy(PutResourcePolicyRequest.class, "Policy"),
    putRuntimeManagementConfig(PutRuntimeManagementConfigRequest.class, "UpdateRuntimeOn"),
    removeLayerVersionPermission(RemoveLayerVersionPermissionRequest.class),
    removePermission(RemovePermissionRequest.class),
    sendDurableExecutionCallbackFailure(SendDurableExecutionCallbackFailureRequest.class),
    sendDurableExecutionCallbackHeartbeat(SendDurableExecutionCallbackHeartbeatRequest.class),
    sendDurableExecutionCallbackSuccess(SendDurableExecutionCallbackSuccessRequest.class),
    stopDurableExecution(StopDurableExecutionRequest.class),
    tagResource(TagResourceRequest.class, "Tags"),
    untagResource(UntagResourceRequest.class, "TagKeys"),
    updateAlias(UpdateAliasRequest.class),
    updateCapacityProvider(UpdateCapacityProviderRequest.class),
    updateCodeSigningConfig(UpdateCodeSigningConfigRequest.class),
    updateEventSourceMapping(UpdateEventSourceMappingRequest.class),
    updateFunctionCode(UpdateFunctionCodeRequest.class, BodyRole.DEPLOYMENT_PACKAGE),
    updateFunctionConfiguration(UpdateFunctionConfigurationRequest.class),
    updateFunctionEventInvokeConfig(UpdateFunctionEventInvokeConfigRequest.class),
    updateFunctionUrlConfig(UpdateFunctionUrlConfigRequest.class);

    private final Class<? extends LambdaRequest> requestType;
    private final BodyRole bodyRole;
    private final Set<String> requiredMembers;
    private final ClientMethods methods;

    LambdaOpsOperations(Class<? extends LambdaRequest> requestType, String... requiredMembers) {
        this(requestType, BodyRole.NONE, requiredMembers);
    }

    LambdaOpsOperations(Class<? extends LambdaRequest> requestType, BodyRole bodyRole, String... requiredMembers) {
        this.requestType = requestType;
        this.bodyRole = bodyRole;
        this.requiredMembers = Set.of(requiredMembers);
        this.methods = ClientMethods.of(name(), requestType);
    }

    @Override
    public Class<? extends LambdaRequest> requestType() {
        return requestType;
    }

    @Override
    public BodyRole bodyRole() {
        return bodyRole;
    }

    @Override
    public Set<String> requiredMembers() {
        return requiredMembers;
    }

    /** The SDK client methods of this action. */
    public ClientMethods methods() {
        return methods;
    }

    /** Whether the SDK has a paginator for this action, so {@code pagination=all} applies to it. */
    public boolean isPaginated() {
        return methods.isPaginated();
    }

    /** Parses an operation name (case-insensitive, so AWS's {@code CreateFunction} works too), failing with the valid names. */
    public static LambdaOpsOperations fromName(String name, String source) {
        return OptionValues.parse(LambdaOpsOperations.class, name, source);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).sorted().collect(Collectors.toList());
    }
}
