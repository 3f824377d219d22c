package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.Stores;

import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;
import static io.netty.handler.codec.http.HttpMethod.PUT;

/** The routes of the Lambda API: one entry per action, with the method and request URI the AWS SDK sends. */
public final class LambdaApi {
    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String FUNCTION = FUNCTIONS + "/{FunctionName}";
    private static final String ESMS = "/2015-03-31/event-source-mappings";
    private static final String LAYERS = "/2018-10-31/layers";
    private static final String LAYER_VERSION = LAYERS + "/{LayerName}/versions/{VersionNumber}";
    private static final String CODE_SIGNING_CONFIGS = "/2020-04-22/code-signing-configs";
    private static final String CAPACITY_PROVIDERS = "/2025-11-30/capacity-providers";
    private static final String DURABLE_EXECUTION = "/2025-12-01/durable-executions/{DurableExecutionArn}";
    private static final String CALLBACK = "/2025-12-01/durable-execution-callbacks/{CallbackId}";

    private LambdaApi() {
    }

    public static RouteTable routes(Stores stores, InvocationService invocations) {
        FunctionsApi functions = new FunctionsApi(stores, invocations);
        PermissionsApi permissions = new PermissionsApi(stores);
        InvokeApi invoke = new InvokeApi(stores, invocations);
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
                .route("CreateFunction", POST, FUNCTIONS, functions::createFunction)
                .route("ListFunctions", GET, FUNCTIONS, functions::listFunctions)
                .route("GetFunction", GET, FUNCTION, functions::getFunction)
                .route("DeleteFunction", DELETE, FUNCTION, functions::deleteFunction)
                .route("GetFunctionConfiguration", GET, FUNCTION + "/configuration", functions::getFunctionConfiguration)
                .route("UpdateFunctionConfiguration", PUT, FUNCTION + "/configuration", functions::updateFunctionConfiguration)
                .route("UpdateFunctionCode", PUT, FUNCTION + "/code", functions::updateFunctionCode)
                .route("PublishVersion", POST, FUNCTION + "/versions", functions::publishVersion)
                .route("ListVersionsByFunction", GET, FUNCTION + "/versions", functions::listVersionsByFunction)
                // aliases
                .route("CreateAlias", POST, FUNCTION + "/aliases", aliases::createAlias)
                .route("ListAliases", GET, FUNCTION + "/aliases", aliases::listAliases)
                .route("GetAlias", GET, FUNCTION + "/aliases/{Name}", aliases::getAlias)
                .route("UpdateAlias", PUT, FUNCTION + "/aliases/{Name}", aliases::updateAlias)
                .route("DeleteAlias", DELETE, FUNCTION + "/aliases/{Name}", aliases::deleteAlias)
                // function policy
                .route("AddPermission", POST, FUNCTION + "/policy", permissions::addPermission)
                .route("GetPolicy", GET, FUNCTION + "/policy", permissions::getPolicy)
                .route("RemovePermission", DELETE, FUNCTION + "/policy/{StatementId}", permissions::removePermission)
                // invoke
                .routeAsync("Invoke", POST, FUNCTION + "/invocations", concurrency.around(invoke::invoke))
                .routeAsync("InvokeAsync", POST, "/2014-11-13/functions/{FunctionName}/invoke-async", invoke::invokeAsync)
                // concurrency
                .route("PutFunctionConcurrency", PUT, "/2017-10-31/functions/{FunctionName}/concurrency", configs::putFunctionConcurrency)
                .route("GetFunctionConcurrency", GET, "/2019-09-30/functions/{FunctionName}/concurrency", configs::getFunctionConcurrency)
                .route("DeleteFunctionConcurrency", DELETE, "/2017-10-31/functions/{FunctionName}/concurrency", configs::deleteFunctionConcurrency)
                .route("PutProvisionedConcurrencyConfig", PUT, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::putProvisionedConcurrencyConfig)
                .route("ListProvisionedConcurrencyConfigs", GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
                        configs::listProvisionedConcurrencyConfigs)
                .route("GetProvisionedConcurrencyConfig", GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::getProvisionedConcurrencyConfig)
                .route("DeleteProvisionedConcurrencyConfig", DELETE, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::deleteProvisionedConcurrencyConfig)
                // asynchronous invocation configuration
                .route("PutFunctionEventInvokeConfig", PUT, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::putFunctionEventInvokeConfig)
                .route("UpdateFunctionEventInvokeConfig", POST, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::updateFunctionEventInvokeConfig)
                .route("GetFunctionEventInvokeConfig", GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::getFunctionEventInvokeConfig)
                .route("DeleteFunctionEventInvokeConfig", DELETE, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::deleteFunctionEventInvokeConfig)
                .route("ListFunctionEventInvokeConfigs", GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
                        configs::listFunctionEventInvokeConfigs)
                // recursion, runtime management, scaling
                .route("PutFunctionRecursionConfig", PUT, "/2024-08-31/functions/{FunctionName}/recursion-config", configs::putFunctionRecursionConfig)
                .route("GetFunctionRecursionConfig", GET, "/2024-08-31/functions/{FunctionName}/recursion-config", configs::getFunctionRecursionConfig)
                .route("PutRuntimeManagementConfig", PUT, "/2021-07-20/functions/{FunctionName}/runtime-management-config",
                        configs::putRuntimeManagementConfig)
                .route("GetRuntimeManagementConfig", GET, "/2021-07-20/functions/{FunctionName}/runtime-management-config",
                        configs::getRuntimeManagementConfig)
                .route("PutFunctionScalingConfig", PUT, "/2025-11-30/functions/{FunctionName}/function-scaling-config",
                        configs::putFunctionScalingConfig)
                .route("GetFunctionScalingConfig", GET, "/2025-11-30/functions/{FunctionName}/function-scaling-config",
                        configs::getFunctionScalingConfig)
                // function URLs
                .route("CreateFunctionUrlConfig", POST, "/2021-10-31/functions/{FunctionName}/url", configs::createFunctionUrlConfig)
                .route("GetFunctionUrlConfig", GET, "/2021-10-31/functions/{FunctionName}/url", configs::getFunctionUrlConfig)
                .route("UpdateFunctionUrlConfig", PUT, "/2021-10-31/functions/{FunctionName}/url", configs::updateFunctionUrlConfig)
                .route("DeleteFunctionUrlConfig", DELETE, "/2021-10-31/functions/{FunctionName}/url", configs::deleteFunctionUrlConfig)
                .route("ListFunctionUrlConfigs", GET, "/2021-10-31/functions/{FunctionName}/urls", configs::listFunctionUrlConfigs)
                // code signing
                .route("CreateCodeSigningConfig", POST, CODE_SIGNING_CONFIGS, codeSigning::createCodeSigningConfig)
                .route("ListCodeSigningConfigs", GET, CODE_SIGNING_CONFIGS, codeSigning::listCodeSigningConfigs)
                .route("GetCodeSigningConfig", GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::getCodeSigningConfig)
                .route("UpdateCodeSigningConfig", PUT, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::updateCodeSigningConfig)
                .route("DeleteCodeSigningConfig", DELETE, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::deleteCodeSigningConfig)
                .route("ListFunctionsByCodeSigningConfig", GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}/functions",
                        codeSigning::listFunctionsByCodeSigningConfig)
                .route("PutFunctionCodeSigningConfig", PUT, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::putFunctionCodeSigningConfig)
                .route("GetFunctionCodeSigningConfig", GET, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::getFunctionCodeSigningConfig)
                .route("DeleteFunctionCodeSigningConfig", DELETE, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::deleteFunctionCodeSigningConfig)
                // event source mappings
                .route("CreateEventSourceMapping", POST, ESMS, mappings::createEventSourceMapping)
                .route("ListEventSourceMappings", GET, ESMS, mappings::listEventSourceMappings)
                .route("GetEventSourceMapping", GET, ESMS + "/{UUID}", mappings::getEventSourceMapping)
                .route("UpdateEventSourceMapping", PUT, ESMS + "/{UUID}", mappings::updateEventSourceMapping)
                .route("DeleteEventSourceMapping", DELETE, ESMS + "/{UUID}", mappings::deleteEventSourceMapping)
                // layers
                .route("GetLayerVersionByArn", GET, LAYERS + "?find=LayerVersion", layers::getLayerVersionByArn)
                .route("ListLayers", GET, LAYERS, layers::listLayers)
                .route("PublishLayerVersion", POST, LAYERS + "/{LayerName}/versions", layers::publishLayerVersion)
                .route("ListLayerVersions", GET, LAYERS + "/{LayerName}/versions", layers::listLayerVersions)
                .route("GetLayerVersion", GET, LAYER_VERSION, layers::getLayerVersion)
                .route("DeleteLayerVersion", DELETE, LAYER_VERSION, layers::deleteLayerVersion)
                .route("AddLayerVersionPermission", POST, LAYER_VERSION + "/policy", layers::addLayerVersionPermission)
                .route("GetLayerVersionPolicy", GET, LAYER_VERSION + "/policy", layers::getLayerVersionPolicy)
                .route("RemoveLayerVersionPermission", DELETE, LAYER_VERSION + "/policy/{StatementId}", layers::removeLayerVersionPermission)
                // tags, account, resource policies
                .route("TagResource", POST, "/2017-03-31/tags/{Resource}", tags::tagResource)
                .route("UntagResource", DELETE, "/2017-03-31/tags/{Resource}", tags::untagResource)
                .route("ListTags", GET, "/2017-03-31/tags/{Resource}", tags::listTags)
                .route("GetAccountSettings", GET, "/2016-08-19/account-settings", account::getAccountSettings)
                .route("PutResourcePolicy", PUT, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::putResourcePolicy)
                .route("GetResourcePolicy", GET, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::getResourcePolicy)
                .route("DeleteResourcePolicy", DELETE, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::deleteResourcePolicy)
                // capacity providers
                .route("CreateCapacityProvider", POST, CAPACITY_PROVIDERS, capacityProviders::createCapacityProvider)
                .route("ListCapacityProviders", GET, CAPACITY_PROVIDERS, capacityProviders::listCapacityProviders)
                .route("GetCapacityProvider", GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::getCapacityProvider)
                .route("UpdateCapacityProvider", PUT, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::updateCapacityProvider)
                .route("DeleteCapacityProvider", DELETE, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::deleteCapacityProvider)
                .route("ListFunctionVersionsByCapacityProvider", GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}/function-versions",
                        capacityProviders::listFunctionVersionsByCapacityProvider)
                // durable executions
                .route("ListDurableExecutionsByFunction", GET, "/2025-12-01/functions/{FunctionName}/durable-executions",
                        durable::listDurableExecutionsByFunction)
                .route("GetDurableExecution", GET, DURABLE_EXECUTION, durable::execution)
                .route("GetDurableExecutionHistory", GET, DURABLE_EXECUTION + "/history", durable::execution)
                .route("GetDurableExecutionState", GET, DURABLE_EXECUTION + "/state", durable::execution)
                .route("CheckpointDurableExecution", POST, DURABLE_EXECUTION + "/checkpoint", durable::execution)
                .route("StopDurableExecution", POST, DURABLE_EXECUTION + "/stop", durable::execution)
                .route("SendDurableExecutionCallbackSuccess", POST, CALLBACK + "/succeed", durable::callback)
                .route("SendDurableExecutionCallbackFailure", POST, CALLBACK + "/fail", durable::callback)
                .route("SendDurableExecutionCallbackHeartbeat", POST, CALLBACK + "/heartbeat", durable::callback)
                .routeAsync("InvokeWithResponseStream", POST,
                        "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
                        concurrency.around(invoke::invokeWithResponseStream))
                // not part of the Lambda API: the zips behind Code.Location and Content.Location
                .route("DownloadCode", GET, "/_lambda-ops/code/{FunctionName}", functions::downloadCode)
                .route("DownloadLayerContent", GET, "/_lambda-ops/layers/{LayerVersionArn}", layers::downloadContent)
                .build();
    }
}
