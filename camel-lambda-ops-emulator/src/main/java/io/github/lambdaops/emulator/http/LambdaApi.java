package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.state.FunctionStore;

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

    public static RouteTable routes(FunctionStore store, InvocationService invocations) {
        FunctionsApi functions = new FunctionsApi(store, invocations);
        PermissionsApi permissions = new PermissionsApi(store);
        InvokeApi invoke = new InvokeApi(store, invocations);
        ConcurrencyGuard concurrency = new ConcurrencyGuard(store);
        AliasesApi aliases = new AliasesApi(store);
        FunctionConfigsApi configs = new FunctionConfigsApi(store);
        EventSourceMappingsApi mappings = new EventSourceMappingsApi(store);
        LayersApi layers = new LayersApi(store.layers());
        CodeSigningConfigsApi codeSigning = new CodeSigningConfigsApi(store);
        CapacityProvidersApi capacityProviders = new CapacityProvidersApi(store);
        TagsApi tags = new TagsApi(store);
        AccountApi account = new AccountApi(store);
        ResourcePoliciesApi resourcePolicies = new ResourcePoliciesApi(store);
        DurableExecutionsApi durable = new DurableExecutionsApi(store);
        return RouteTable.builder()
                // functions and versions
                .route(POST, FUNCTIONS, functions::createFunction)
                .route(GET, FUNCTIONS, functions::listFunctions)
                .route(GET, FUNCTION, functions::getFunction)
                .route(DELETE, FUNCTION, functions::deleteFunction)
                .route(GET, FUNCTION + "/configuration", functions::getFunctionConfiguration)
                .route(PUT, FUNCTION + "/configuration", functions::updateFunctionConfiguration)
                .route(PUT, FUNCTION + "/code", functions::updateFunctionCode)
                .route(POST, FUNCTION + "/versions", functions::publishVersion)
                .route(GET, FUNCTION + "/versions", functions::listVersionsByFunction)
                // aliases
                .route(POST, FUNCTION + "/aliases", aliases::createAlias)
                .route(GET, FUNCTION + "/aliases", aliases::listAliases)
                .route(GET, FUNCTION + "/aliases/{Name}", aliases::getAlias)
                .route(PUT, FUNCTION + "/aliases/{Name}", aliases::updateAlias)
                .route(DELETE, FUNCTION + "/aliases/{Name}", aliases::deleteAlias)
                // function policy
                .route(POST, FUNCTION + "/policy", permissions::addPermission)
                .route(GET, FUNCTION + "/policy", permissions::getPolicy)
                .route(DELETE, FUNCTION + "/policy/{StatementId}", permissions::removePermission)
                // invoke
                .routeAsync(POST, FUNCTION + "/invocations", concurrency.around(invoke::invoke))
                .routeAsync(POST, "/2014-11-13/functions/{FunctionName}/invoke-async", invoke::invokeAsync)
                // concurrency
                .route(PUT, "/2017-10-31/functions/{FunctionName}/concurrency", configs::putFunctionConcurrency)
                .route(GET, "/2019-09-30/functions/{FunctionName}/concurrency", configs::getFunctionConcurrency)
                .route(DELETE, "/2017-10-31/functions/{FunctionName}/concurrency", configs::deleteFunctionConcurrency)
                .route(PUT, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::putProvisionedConcurrencyConfig)
                .route(GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL",
                        configs::listProvisionedConcurrencyConfigs)
                .route(GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::getProvisionedConcurrencyConfig)
                .route(DELETE, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency",
                        configs::deleteProvisionedConcurrencyConfig)
                // asynchronous invocation configuration
                .route(PUT, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::putFunctionEventInvokeConfig)
                .route(POST, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::updateFunctionEventInvokeConfig)
                .route(GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::getFunctionEventInvokeConfig)
                .route(DELETE, "/2019-09-25/functions/{FunctionName}/event-invoke-config",
                        configs::deleteFunctionEventInvokeConfig)
                .route(GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config/list",
                        configs::listFunctionEventInvokeConfigs)
                // recursion, runtime management, scaling
                .route(PUT, "/2024-08-31/functions/{FunctionName}/recursion-config", configs::putFunctionRecursionConfig)
                .route(GET, "/2024-08-31/functions/{FunctionName}/recursion-config", configs::getFunctionRecursionConfig)
                .route(PUT, "/2021-07-20/functions/{FunctionName}/runtime-management-config",
                        configs::putRuntimeManagementConfig)
                .route(GET, "/2021-07-20/functions/{FunctionName}/runtime-management-config",
                        configs::getRuntimeManagementConfig)
                .route(PUT, "/2025-11-30/functions/{FunctionName}/function-scaling-config",
                        configs::putFunctionScalingConfig)
                .route(GET, "/2025-11-30/functions/{FunctionName}/function-scaling-config",
                        configs::getFunctionScalingConfig)
                // function URLs
                .route(POST, "/2021-10-31/functions/{FunctionName}/url", configs::createFunctionUrlConfig)
                .route(GET, "/2021-10-31/functions/{FunctionName}/url", configs::getFunctionUrlConfig)
                .route(PUT, "/2021-10-31/functions/{FunctionName}/url", configs::updateFunctionUrlConfig)
                .route(DELETE, "/2021-10-31/functions/{FunctionName}/url", configs::deleteFunctionUrlConfig)
                .route(GET, "/2021-10-31/functions/{FunctionName}/urls", configs::listFunctionUrlConfigs)
                // code signing
                .route(POST, CODE_SIGNING_CONFIGS, codeSigning::createCodeSigningConfig)
                .route(GET, CODE_SIGNING_CONFIGS, codeSigning::listCodeSigningConfigs)
                .route(GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::getCodeSigningConfig)
                .route(PUT, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::updateCodeSigningConfig)
                .route(DELETE, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}", codeSigning::deleteCodeSigningConfig)
                .route(GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}/functions",
                        codeSigning::listFunctionsByCodeSigningConfig)
                .route(PUT, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::putFunctionCodeSigningConfig)
                .route(GET, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::getFunctionCodeSigningConfig)
                .route(DELETE, "/2020-06-30/functions/{FunctionName}/code-signing-config",
                        configs::deleteFunctionCodeSigningConfig)
                // event source mappings
                .route(POST, ESMS, mappings::createEventSourceMapping)
                .route(GET, ESMS, mappings::listEventSourceMappings)
                .route(GET, ESMS + "/{UUID}", mappings::getEventSourceMapping)
                .route(PUT, ESMS + "/{UUID}", mappings::updateEventSourceMapping)
                .route(DELETE, ESMS + "/{UUID}", mappings::deleteEventSourceMapping)
                // layers
                .route(GET, LAYERS + "?find=LayerVersion", layers::getLayerVersionByArn)
                .route(GET, LAYERS, layers::listLayers)
                .route(POST, LAYERS + "/{LayerName}/versions", layers::publishLayerVersion)
                .route(GET, LAYERS + "/{LayerName}/versions", layers::listLayerVersions)
                .route(GET, LAYER_VERSION, layers::getLayerVersion)
                .route(DELETE, LAYER_VERSION, layers::deleteLayerVersion)
                .route(POST, LAYER_VERSION + "/policy", layers::addLayerVersionPermission)
                .route(GET, LAYER_VERSION + "/policy", layers::getLayerVersionPolicy)
                .route(DELETE, LAYER_VERSION + "/policy/{StatementId}", layers::removeLayerVersionPermission)
                // tags, account, resource policies
                .route(POST, "/2017-03-31/tags/{Resource}", tags::tagResource)
                .route(DELETE, "/2017-03-31/tags/{Resource}", tags::untagResource)
                .route(GET, "/2017-03-31/tags/{Resource}", tags::listTags)
                .route(GET, "/2016-08-19/account-settings", account::getAccountSettings)
                .route(PUT, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::putResourcePolicy)
                .route(GET, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::getResourcePolicy)
                .route(DELETE, "/2026-07-09/resource-policy/{ResourceArn}", resourcePolicies::deleteResourcePolicy)
                // capacity providers
                .route(POST, CAPACITY_PROVIDERS, capacityProviders::createCapacityProvider)
                .route(GET, CAPACITY_PROVIDERS, capacityProviders::listCapacityProviders)
                .route(GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::getCapacityProvider)
                .route(PUT, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::updateCapacityProvider)
                .route(DELETE, CAPACITY_PROVIDERS + "/{CapacityProviderName}", capacityProviders::deleteCapacityProvider)
                .route(GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}/function-versions",
                        capacityProviders::listFunctionVersionsByCapacityProvider)
                // durable executions
                .route(GET, "/2025-12-01/functions/{FunctionName}/durable-executions",
                        durable::listDurableExecutionsByFunction)
                .route(GET, DURABLE_EXECUTION, durable::execution)
                .route(GET, DURABLE_EXECUTION + "/history", durable::execution)
                .route(GET, DURABLE_EXECUTION + "/state", durable::execution)
                .route(POST, DURABLE_EXECUTION + "/checkpoint", durable::execution)
                .route(POST, DURABLE_EXECUTION + "/stop", durable::execution)
                .route(POST, CALLBACK + "/succeed", durable::callback)
                .route(POST, CALLBACK + "/fail", durable::callback)
                .route(POST, CALLBACK + "/heartbeat", durable::callback)
                // not part of the Lambda API: the zips behind Code.Location and Content.Location
                .routeAsync(POST, "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
                        invoke::invokeWithResponseStream)
                .route(GET, "/_lambda-ops/code/{FunctionName}", functions::downloadCode)
                .route(GET, "/_lambda-ops/layers/{LayerVersionArn}", layers::downloadContent)
                .build();
    }
}
