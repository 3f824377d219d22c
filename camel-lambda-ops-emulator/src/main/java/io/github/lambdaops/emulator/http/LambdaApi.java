package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.async.AsyncInvocations;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.Stores;

import static io.github.lambdaops.emulator.http.ApiAction.*;

/** The handlers of the Lambda API: each {@link ApiAction} of Lambda bound to the handler method that serves it. */
public final class LambdaApi {

    private LambdaApi() {
    }

    /** Every Lambda action bound; the caller binds the emulator's own admin actions and builds the table. */
    public static RouteTable.Builder routes(Stores stores, InvocationService invocations, AsyncInvocations events) {
        FunctionsApi functions = new FunctionsApi(stores, invocations);
        PermissionsApi permissions = new PermissionsApi(stores);
        InvokeApi invoke = new InvokeApi(stores, invocations, events);
        ConcurrencyGuard concurrency = new ConcurrencyGuard(stores);
        AliasesApi aliases = new AliasesApi(stores);
        FunctionConfigsApi configs = new FunctionConfigsApi(stores);
        EventSourceMappingsApi mappings = new EventSourceMappingsApi(stores);
        LayersApi layers = new LayersApi(stores);
        CodeSigningConfigsApi codeSigning = new CodeSigningConfigsApi(stores);
        CapacityProvidersApi capacityProviders = new CapacityProvidersApi(stores);
        TagsApi tags = new TagsApi(stores);
        AccountApi account = new AccountApi(stores);
        ResourcePoliciesApi resourcePolicies = new ResourcePoliciesApi(stores);
        DurableExecutionsApi durable = new DurableExecutionsApi(stores);
        return RouteTable.builder()
                // functions and versions
                .route(CREATE_FUNCTION, functions::createFunction)
                .route(LIST_FUNCTIONS, functions::listFunctions)
                .route(GET_FUNCTION, functions::getFunction)
                .route(DELETE_FUNCTION, functions::deleteFunction)
                .route(GET_FUNCTION_CONFIGURATION, functions::getFunctionConfiguration)
                .route(UPDATE_FUNCTION_CONFIGURATION, functions::updateFunctionConfiguration)
                .route(UPDATE_FUNCTION_CODE, functions::updateFunctionCode)
                .route(PUBLISH_VERSION, functions::publishVersion)
                .route(LIST_VERSIONS_BY_FUNCTION, functions::listVersionsByFunction)
                // aliases
                .route(CREATE_ALIAS, aliases::createAlias)
                .route(LIST_ALIASES, aliases::listAliases)
                .route(GET_ALIAS, aliases::getAlias)
                .route(UPDATE_ALIAS, aliases::updateAlias)
                .route(DELETE_ALIAS, aliases::deleteAlias)
                // function policy
                .route(ADD_PERMISSION, permissions::addPermission)
                .route(GET_POLICY, permissions::getPolicy)
                .route(REMOVE_PERMISSION, permissions::removePermission)
                // invoke
                .routeAsync(INVOKE, concurrency.around(invoke::invoke))
                .routeAsync(INVOKE_ASYNC, invoke::invokeAsync)
                // concurrency
                .route(PUT_FUNCTION_CONCURRENCY, configs::putFunctionConcurrency)
                .route(GET_FUNCTION_CONCURRENCY, configs::getFunctionConcurrency)
                .route(DELETE_FUNCTION_CONCURRENCY, configs::deleteFunctionConcurrency)
                .route(PUT_PROVISIONED_CONCURRENCY_CONFIG, configs::putProvisionedConcurrencyConfig)
                .route(LIST_PROVISIONED_CONCURRENCY_CONFIGS, configs::listProvisionedConcurrencyConfigs)
                .route(GET_PROVISIONED_CONCURRENCY_CONFIG, configs::getProvisionedConcurrencyConfig)
                .route(DELETE_PROVISIONED_CONCURRENCY_CONFIG, configs::deleteProvisionedConcurrencyConfig)
                // asynchronous invocation configuration
                .route(PUT_FUNCTION_EVENT_INVOKE_CONFIG, configs::putFunctionEventInvokeConfig)
                .route(UPDATE_FUNCTION_EVENT_INVOKE_CONFIG, configs::updateFunctionEventInvokeConfig)
                .route(GET_FUNCTION_EVENT_INVOKE_CONFIG, configs::getFunctionEventInvokeConfig)
                .route(DELETE_FUNCTION_EVENT_INVOKE_CONFIG, configs::deleteFunctionEventInvokeConfig)
                .route(LIST_FUNCTION_EVENT_INVOKE_CONFIGS, configs::listFunctionEventInvokeConfigs)
                // recursion, runtime management, scaling
                .route(PUT_FUNCTION_RECURSION_CONFIG, configs::putFunctionRecursionConfig)
                .route(GET_FUNCTION_RECURSION_CONFIG, configs::getFunctionRecursionConfig)
                .route(PUT_RUNTIME_MANAGEMENT_CONFIG, configs::putRuntimeManagementConfig)
                .route(GET_RUNTIME_MANAGEMENT_CONFIG, configs::getRuntimeManagementConfig)
                .route(PUT_FUNCTION_SCALING_CONFIG, configs::putFunctionScalingConfig)
                .route(GET_FUNCTION_SCALING_CONFIG, configs::getFunctionScalingConfig)
                // function URLs
                .route(CREATE_FUNCTION_URL_CONFIG, configs::createFunctionUrlConfig)
                .route(GET_FUNCTION_URL_CONFIG, configs::getFunctionUrlConfig)
                .route(UPDATE_FUNCTION_URL_CONFIG, configs::updateFunctionUrlConfig)
                .route(DELETE_FUNCTION_URL_CONFIG, configs::deleteFunctionUrlConfig)
                .route(LIST_FUNCTION_URL_CONFIGS, configs::listFunctionUrlConfigs)
                // code signing
                .route(CREATE_CODE_SIGNING_CONFIG, codeSigning::createCodeSigningConfig)
                .route(LIST_CODE_SIGNING_CONFIGS, codeSigning::listCodeSigningConfigs)
                .route(GET_CODE_SIGNING_CONFIG, codeSigning::getCodeSigningConfig)
                .route(UPDATE_CODE_SIGNING_CONFIG, codeSigning::updateCodeSigningConfig)
                .route(DELETE_CODE_SIGNING_CONFIG, codeSigning::deleteCodeSigningConfig)
                .route(LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG, codeSigning::listFunctionsByCodeSigningConfig)
                .route(PUT_FUNCTION_CODE_SIGNING_CONFIG, configs::putFunctionCodeSigningConfig)
                .route(GET_FUNCTION_CODE_SIGNING_CONFIG, configs::getFunctionCodeSigningConfig)
                .route(DELETE_FUNCTION_CODE_SIGNING_CONFIG, configs::deleteFunctionCodeSigningConfig)
                // event source mappings
                .route(CREATE_EVENT_SOURCE_MAPPING, mappings::createEventSourceMapping)
                .route(LIST_EVENT_SOURCE_MAPPINGS, mappings::listEventSourceMappings)
                .route(GET_EVENT_SOURCE_MAPPING, mappings::getEventSourceMapping)
                .route(UPDATE_EVENT_SOURCE_MAPPING, mappings::updateEventSourceMapping)
                .route(DELETE_EVENT_SOURCE_MAPPING, mappings::deleteEventSourceMapping)
                // layers
                .route(GET_LAYER_VERSION_BY_ARN, layers::getLayerVersionByArn)
                .route(LIST_LAYERS, layers::listLayers)
                .route(PUBLISH_LAYER_VERSION, layers::publishLayerVersion)
                .route(LIST_LAYER_VERSIONS, layers::listLayerVersions)
                .route(GET_LAYER_VERSION, layers::getLayerVersion)
                .route(DELETE_LAYER_VERSION, layers::deleteLayerVersion)
                .route(ADD_LAYER_VERSION_PERMISSION, layers::addLayerVersionPermission)
                .route(GET_LAYER_VERSION_POLICY, layers::getLayerVersionPolicy)
                .route(REMOVE_LAYER_VERSION_PERMISSION, layers::removeLayerVersionPermission)
                // tags, account, resource policies
                .route(TAG_RESOURCE, tags::tagResource)
                .route(UNTAG_RESOURCE, tags::untagResource)
                .route(LIST_TAGS, tags::listTags)
                .route(GET_ACCOUNT_SETTINGS, account::getAccountSettings)
                .route(PUT_RESOURCE_POLICY, resourcePolicies::putResourcePolicy)
                .route(GET_RESOURCE_POLICY, resourcePolicies::getResourcePolicy)
                .route(DELETE_RESOURCE_POLICY, resourcePolicies::deleteResourcePolicy)
                // capacity providers
                .route(CREATE_CAPACITY_PROVIDER, capacityProviders::createCapacityProvider)
                .route(LIST_CAPACITY_PROVIDERS, capacityProviders::listCapacityProviders)
                .route(GET_CAPACITY_PROVIDER, capacityProviders::getCapacityProvider)
                .route(UPDATE_CAPACITY_PROVIDER, capacityProviders::updateCapacityProvider)
                .route(DELETE_CAPACITY_PROVIDER, capacityProviders::deleteCapacityProvider)
                .route(LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER, capacityProviders::listFunctionVersionsByCapacityProvider)
                // durable executions
                .route(LIST_DURABLE_EXECUTIONS_BY_FUNCTION, durable::listDurableExecutionsByFunction)
                .route(GET_DURABLE_EXECUTION, durable::execution)
                .route(GET_DURABLE_EXECUTION_HISTORY, durable::execution)
                .route(GET_DURABLE_EXECUTION_STATE, durable::execution)
                .route(CHECKPOINT_DURABLE_EXECUTION, durable::execution)
                .route(STOP_DURABLE_EXECUTION, durable::execution)
                .route(SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS, durable::callback)
                .route(SEND_DURABLE_EXECUTION_CALLBACK_FAILURE, durable::callback)
                .route(SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT, durable::callback)
                // response streaming
                .routeAsync(INVOKE_WITH_RESPONSE_STREAM, concurrency.around(invoke::invokeWithResponseStream))
                // not part of the Lambda API: the zips behind Code.Location and Content.Location
                .route(DOWNLOAD_CODE, functions::downloadCode)
                .route(DOWNLOAD_LAYER_CONTENT, layers::downloadContent);
    }
}
