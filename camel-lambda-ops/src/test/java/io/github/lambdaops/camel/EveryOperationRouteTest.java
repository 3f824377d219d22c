package io.github.lambdaops.camel;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import io.github.lambdaops.emulator.EmulatorSettings;
import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.*;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Route tests of the actions beyond the core ones, over HTTP against the emulator, which serves every control-plane
 * action: the alias/version flow, layers, concurrency, tags, function URLs, event source
 * mappings, and one call of each remaining operation.
 */
class EveryOperationRouteTest extends EmulatorRouteTestSupport {

    private static final String FUNCTION = "orders";
    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:" + FUNCTION;
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders";
    private static final String SIGNING_PROFILE = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abc";
    private static final String EXECUTION = FUNCTION_ARN + ":$LATEST/durable-execution/run/0123";

    /** A function with $LATEST and version 1, invoked through the echo handler. */
    @BeforeEach
    void createOrdersFunction() {
        createFunction(FUNCTION, ECHO, PUBLISH, "true");
    }

    // versions and aliases

    @Test
    void aliasWithWeightsRoutesInvokesToBothVersionsAndUpdateShiftsItToOne() {
        template.requestBody("lambda-ops:orders?operation=updateFunctionCode&waitUntil=functionUpdatedV2",
                TestZips.ofClasses(EveryOperationRouteTest.class));
        String version2 = request("publishVersion", headers(), PublishVersionResponse.class).version();
        assertThat(version2).isEqualTo("2");

        CreateAliasResponse alias = request("createAlias", headers(NAME, "live", FUNCTION_VERSION, "1",
                ADDITIONAL_VERSION_WEIGHTS, "2=0.1"), CreateAliasResponse.class);
        Set<String> executed = invokeRepeatedly("live", 100);

        assertThat(alias.routingConfig().additionalVersionWeights()).containsEntry("2", 0.1);
        assertThat(executed).containsExactlyInAnyOrder("1", "2");

        request("updateAlias", headers(NAME, "live", FUNCTION_VERSION, "2", ADDITIONAL_VERSION_WEIGHTS, ""),
                UpdateAliasResponse.class);

        assertThat(invokeRepeatedly("live", 10)).containsExactly("2");
        assertThat(request("getAlias", headers(NAME, "live"), GetAliasResponse.class).functionVersion())
                .isEqualTo("2");
        assertThat(listAll("listAliases", AliasConfiguration.class)).extracting(AliasConfiguration::name)
                .containsExactly("live");
        request("deleteAlias", headers(NAME, "live"), DeleteAliasResponse.class);
        assertThat(fails("getAlias", headers(NAME, "live"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void updateFunctionCodeTakesTheZipFromTheBodyAndPublishesANewVersion() {
        byte[] zip = TestZips.ofClasses(EveryOperationRouteTest.class);

        UpdateFunctionCodeResponse updated = template.requestBodyAndHeaders(
                "lambda-ops:orders?operation=updateFunctionCode", zip, headers(PUBLISH, true),
                UpdateFunctionCodeResponse.class);

        assertThat(updated.version()).isEqualTo("2");
        assertThat(updated.codeSize()).isEqualTo(zip.length);
        assertThat(listAll("listVersionsByFunction", FunctionConfiguration.class))
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1", "2");
    }

    @Test
    void updateFunctionConfigurationWithWaitUntilFunctionUpdatedIsReadableInTheNextStep() {
        template.requestBodyAndHeaders("lambda-ops:orders?operation=updateFunctionConfiguration"
                + "&waitUntil=functionUpdatedV2", null, headers(MEMORY_SIZE, 512, ENVIRONMENT_VARIABLES, "STAGE=blue"));

        GetFunctionConfigurationResponse config = request("getFunctionConfiguration", headers(),
                GetFunctionConfigurationResponse.class);

        assertThat(config.memorySize()).isEqualTo(512);
        assertThat(config.environment().variables()).containsEntry("STAGE", "blue");
        assertThat(config.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
    }

    @Test
    void waitUntilMakesAFunctionInvokableInTheNextStepDespiteAStateDelay() throws Exception {
        try (LambdaEmulator slow = startWithStateDelay(Duration.ofSeconds(2))) {
            slow.registerHandler(ECHO, (event, lambdaContext) -> event);
            CamelContext slowContext = new DefaultCamelContext();
            slowContext.getComponent("lambda-ops", LambdaOpsComponent.class).setConfiguration(
                    context.getComponent("lambda-ops", LambdaOpsComponent.class).getConfiguration().copy());
            slowContext.getComponent("lambda-ops", LambdaOpsComponent.class).getConfiguration()
                    .setUriEndpointOverride(slow.endpoint().toString());
            slowContext.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:deploy").to("lambda-ops:slow?operation=createFunction&waitUntil=functionActiveV2")
                            .setBody(constant("{\"ready\":true}")).to("lambda-ops:slow");
                    from("direct:deployWithoutWaiting").to("lambda-ops:hasty?operation=createFunction")
                            .setBody(constant("{}")).to("lambda-ops:hasty");
                }
            });
            slowContext.start();
            try (ProducerTemplate producer = slowContext.createProducerTemplate()) {
                Map<String, Object> create = headers(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO);

                Exchange hasty = producer.send("direct:deployWithoutWaiting", exchange -> {
                    exchange.getIn().setBody(TestZips.placeholder());
                    exchange.getIn().setHeaders(create);
                });
                String reply = producer.requestBodyAndHeaders("direct:deploy", TestZips.placeholder(), create,
                        String.class);

                assertThat(hasty.getException()).as("invoke while Pending")
                        .isInstanceOf(ResourceConflictException.class);
                assertThat(reply).isEqualTo("{\"ready\":true}");
            } finally {
                slowContext.stop();
            }
        }
    }

    // layers

    @Test
    void aLayerIsPublishedFromTheBodyReadListedSharedUsedAndDeleted() {
        byte[] zip = TestZips.ofClasses(EveryOperationRouteTest.class);
        PublishLayerVersionResponse published = template.requestBodyAndHeaders(
                "lambda-ops:?operation=publishLayerVersion", zip,
                headers(LAYER_NAME, "shared", COMPATIBLE_RUNTIMES, "java21", DESCRIPTION, "shared classes"),
                PublishLayerVersionResponse.class);
        String arn = published.layerVersionArn();
        Map<String, Object> version1 = headers(LAYER_NAME, "shared", VERSION_NUMBER, 1);

        assertThat(published.version()).isEqualTo(1L);
        assertThat(published.content().codeSize()).isEqualTo(zip.length);
        assertThat(request("getLayerVersion", version1, GetLayerVersionResponse.class).layerVersionArn())
                .isEqualTo(arn);
        assertThat(request("getLayerVersionByArn", headers(ARN, arn), GetLayerVersionByArnResponse.class)
                .description()).isEqualTo("shared classes");
        assertThat(listAll("listLayers", LayersListItem.class, COMPATIBLE_RUNTIME, "java21"))
                .extracting(LayersListItem::layerName).containsExactly("shared");
        assertThat(listAll("listLayerVersions", LayerVersionsListItem.class, LAYER_NAME, "shared"))
                .extracting(LayerVersionsListItem::layerVersionArn).containsExactly(arn);

        request("addLayerVersionPermission", with(version1, STATEMENT_ID, "everyone", ACTION,
                "lambda:GetLayerVersion", PRINCIPAL, "*"), AddLayerVersionPermissionResponse.class);
        assertThat(request("getLayerVersionPolicy", version1, GetLayerVersionPolicyResponse.class).policy())
                .contains("everyone");
        request("removeLayerVersionPermission", with(version1, STATEMENT_ID, "everyone"),
                RemoveLayerVersionPermissionResponse.class);

        request("updateFunctionConfiguration", headers(LAYERS, arn), UpdateFunctionConfigurationResponse.class);
        assertThat(request("getFunctionConfiguration", headers(), GetFunctionConfigurationResponse.class).layers())
                .extracting(Layer::arn).containsExactly(arn);

        request("deleteLayerVersion", version1, DeleteLayerVersionResponse.class);
        assertThat(fails("getLayerVersion", version1)).isInstanceOf(ResourceNotFoundException.class);
    }

    // concurrency

    @Test
    void reservedConcurrencyIsPutReadEnforcedAndDeleted() {
        request("putFunctionConcurrency", headers(RESERVED_CONCURRENT_EXECUTIONS, 5),
                PutFunctionConcurrencyResponse.class);
        assertThat(request("getFunctionConcurrency", headers(), GetFunctionConcurrencyResponse.class)
                .reservedConcurrentExecutions()).isEqualTo(5);

        request("putFunctionConcurrency", headers(RESERVED_CONCURRENT_EXECUTIONS, 0),
                PutFunctionConcurrencyResponse.class);
        assertThat(call("lambda-ops:orders?maxAttempts=1", "{}", headers()).getException())
                .as("throttled, not retried").isInstanceOf(TooManyRequestsException.class);

        request("deleteFunctionConcurrency", headers(), DeleteFunctionConcurrencyResponse.class);
        assertThat(request("getFunctionConcurrency", headers(), GetFunctionConcurrencyResponse.class)
                .reservedConcurrentExecutions()).isNull();
        assertThat(call("lambda-ops:orders", "{}", headers()).getException()).isNull();
    }

    @Test
    void provisionedConcurrencyOfAVersionIsPutReadListedAndDeleted() {
        Map<String, Object> version1 = headers(QUALIFIER, "1");

        PutProvisionedConcurrencyConfigResponse put = request("putProvisionedConcurrencyConfig",
                with(version1, PROVISIONED_CONCURRENT_EXECUTIONS, 2), PutProvisionedConcurrencyConfigResponse.class);

        assertThat(put.requestedProvisionedConcurrentExecutions()).isEqualTo(2);
        assertThat(request("getProvisionedConcurrencyConfig", version1,
                GetProvisionedConcurrencyConfigResponse.class).requestedProvisionedConcurrentExecutions())
                .isEqualTo(2);
        assertThat(listAll("listProvisionedConcurrencyConfigs", ProvisionedConcurrencyConfigListItem.class))
                .extracting(ProvisionedConcurrencyConfigListItem::functionArn).containsExactly(FUNCTION_ARN + ":1");
        request("deleteProvisionedConcurrencyConfig", version1, DeleteProvisionedConcurrencyConfigResponse.class);
        assertThat(fails("getProvisionedConcurrencyConfig", version1))
                .isInstanceOf(ProvisionedConcurrencyConfigNotFoundException.class);
    }

    // tags, function URLs, event source mappings

    @Test
    void tagsAreAddedListedAndRemovedByResourceArn() {
        request("tagResource", headers(RESOURCE, FUNCTION_ARN, TAGS, "team=ops,cost=1"), TagResourceResponse.class);
        assertThat(request("listTags", headers(RESOURCE, FUNCTION_ARN), ListTagsResponse.class).tags())
                .containsEntry("team", "ops").containsEntry("cost", "1");

        request("untagResource", headers(RESOURCE, FUNCTION_ARN, TAG_KEYS, "cost"), UntagResourceResponse.class);

        assertThat(request("listTags", headers(RESOURCE, FUNCTION_ARN), ListTagsResponse.class).tags())
                .containsOnlyKeys("team");
    }

    @Test
    void aFunctionUrlIsCreatedReadUpdatedListedAndDeleted() {
        String url = request("createFunctionUrlConfig", headers(AUTH_TYPE, "NONE"),
                CreateFunctionUrlConfigResponse.class).functionUrl();

        assertThat(url).startsWith(emulator.endpoint() + "/_url/");
        assertThat(request("getFunctionUrlConfig", headers(), GetFunctionUrlConfigResponse.class).authType())
                .isEqualTo(FunctionUrlAuthType.NONE);
        UpdateFunctionUrlConfigResponse updated = request("updateFunctionUrlConfig", headers(AUTH_TYPE, "AWS_IAM",
                CORS, Cors.builder().allowOrigins("https://example.com").build()),
                UpdateFunctionUrlConfigResponse.class);
        assertThat(updated.functionUrl()).isEqualTo(url);
        assertThat(updated.cors().allowOrigins()).containsExactly("https://example.com");
        assertThat(listAll("listFunctionUrlConfigs", FunctionUrlConfig.class))
                .extracting(FunctionUrlConfig::functionUrl).containsExactly(url);
        request("deleteFunctionUrlConfig", headers(), DeleteFunctionUrlConfigResponse.class);
        assertThat(fails("getFunctionUrlConfig", headers())).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anEventSourceMappingIsCreatedReadDisabledListedAndDeleted() {
        CreateEventSourceMappingResponse created = request("createEventSourceMapping",
                headers(EVENT_SOURCE_ARN, QUEUE, BATCH_SIZE, "5"), CreateEventSourceMappingResponse.class);
        Map<String, Object> mapping = headers(UUID, created.uuid());

        assertThat(created.functionArn()).isEqualTo(FUNCTION_ARN);
        assertThat(request("getEventSourceMapping", mapping, GetEventSourceMappingResponse.class).batchSize())
                .isEqualTo(5);
        request("updateEventSourceMapping", with(mapping, ENABLED, false), UpdateEventSourceMappingResponse.class);
        assertThat(listAll("listEventSourceMappings", EventSourceMappingConfiguration.class))
                .extracting(EventSourceMappingConfiguration::state).containsExactly("Disabled");
        request("deleteEventSourceMapping", mapping, DeleteEventSourceMappingResponse.class);
        assertThat(fails("getEventSourceMapping", mapping)).isInstanceOf(ResourceNotFoundException.class);
    }

    // configurations stored per function or account

    @Test
    void aCodeSigningConfigIsCreatedUpdatedAttachedListedAndDeleted() {
        String arn = request("createCodeSigningConfig", headers(ALLOWED_PUBLISHERS,
                AllowedPublishers.builder().signingProfileVersionArns(SIGNING_PROFILE).build()),
                CreateCodeSigningConfigResponse.class).codeSigningConfig().codeSigningConfigArn();
        Map<String, Object> config = headers(CODE_SIGNING_CONFIG_ARN, arn);

        request("updateCodeSigningConfig", with(config, DESCRIPTION, "signed"), UpdateCodeSigningConfigResponse.class);
        assertThat(request("getCodeSigningConfig", config, GetCodeSigningConfigResponse.class).codeSigningConfig()
                .description()).isEqualTo("signed");
        request("putFunctionCodeSigningConfig", config, PutFunctionCodeSigningConfigResponse.class);
        assertThat(request("getFunctionCodeSigningConfig", headers(), GetFunctionCodeSigningConfigResponse.class)
                .codeSigningConfigArn()).isEqualTo(arn);
        assertThat(listAll("listFunctionsByCodeSigningConfig", String.class, CODE_SIGNING_CONFIG_ARN, arn))
                .containsExactly(FUNCTION_ARN);
        request("deleteFunctionCodeSigningConfig", headers(), DeleteFunctionCodeSigningConfigResponse.class);
        request("deleteCodeSigningConfig", config, DeleteCodeSigningConfigResponse.class);
        assertThat(listAll("listCodeSigningConfigs", CodeSigningConfig.class)).isEmpty();
    }

    @Test
    void anEventInvokeConfigIsPutUpdatedReadListedAndDeleted() {
        request("putFunctionEventInvokeConfig", headers(MAXIMUM_RETRY_ATTEMPTS, 1),
                PutFunctionEventInvokeConfigResponse.class);
        request("updateFunctionEventInvokeConfig", headers(MAXIMUM_EVENT_AGE_IN_SECONDS, 60),
                UpdateFunctionEventInvokeConfigResponse.class);

        GetFunctionEventInvokeConfigResponse read = request("getFunctionEventInvokeConfig", headers(),
                GetFunctionEventInvokeConfigResponse.class);

        assertThat(read.maximumRetryAttempts()).isEqualTo(1);
        assertThat(read.maximumEventAgeInSeconds()).isEqualTo(60);
        assertThat(listAll("listFunctionEventInvokeConfigs", FunctionEventInvokeConfig.class)).hasSize(1);
        request("deleteFunctionEventInvokeConfig", headers(), DeleteFunctionEventInvokeConfigResponse.class);
        assertThat(fails("getFunctionEventInvokeConfig", headers())).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theScalingConfigOfAVersionIsPutAndRead() {
        request("putFunctionScalingConfig", headers(QUALIFIER, "1", FUNCTION_SCALING_CONFIG,
                FunctionScalingConfig.builder().minExecutionEnvironments(1).maxExecutionEnvironments(4).build()),
                PutFunctionScalingConfigResponse.class);

        assertThat(request("getFunctionScalingConfig", headers(QUALIFIER, "1"), GetFunctionScalingConfigResponse.class)
                .requestedFunctionScalingConfig().maxExecutionEnvironments()).isEqualTo(4);
    }

    @Test
    void aResourcePolicyIsPutReadAndDeletedByRevision() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + FUNCTION_ARN + "\"}]}";
        Map<String, Object> resource = headers(RESOURCE_ARN, FUNCTION_ARN);

        PutResourcePolicyResponse put = request("putResourcePolicy", with(resource, POLICY, policy),
                PutResourcePolicyResponse.class);

        assertThat(request("getResourcePolicy", resource, GetResourcePolicyResponse.class).policy())
                .isEqualTo(policy);
        request("deleteResourcePolicy", with(resource, REVISION_ID, put.revisionId()),
                DeleteResourcePolicyResponse.class);
        assertThat(fails("getResourcePolicy", resource)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aCapacityProviderIsCreatedFromFlatVpcHeadersReadUpdatedListedAndDeleted() {
        Map<String, Object> fleet = headers(CAPACITY_PROVIDER_NAME, "fleet");
        CreateCapacityProviderResponse created = request("createCapacityProvider", with(fleet,
                SUBNET_IDS, "subnet-1", SECURITY_GROUP_IDS, "sg-1", PERMISSIONS_CONFIG,
                CapacityProviderPermissionsConfig.builder().capacityProviderOperatorRoleArn(ROLE_ARN).build()),
                CreateCapacityProviderResponse.class);

        assertThat(created.capacityProvider().vpcConfig().subnetIds()).containsExactly("subnet-1");
        assertThat(request("getCapacityProvider", fleet, GetCapacityProviderResponse.class).capacityProvider()
                .capacityProviderArn()).endsWith(":capacity-provider:fleet");
        request("updateCapacityProvider", fleet, UpdateCapacityProviderResponse.class);
        assertThat(listAll("listCapacityProviders", CapacityProvider.class)).hasSize(1);
        assertThat(listAll("listFunctionVersionsByCapacityProvider", Object.class, CAPACITY_PROVIDER_NAME, "fleet"))
                .isEmpty();
        request("deleteCapacityProvider", fleet, DeleteCapacityProviderResponse.class);
        assertThat(fails("getCapacityProvider", fleet)).isInstanceOf(ResourceNotFoundException.class);
    }

    // one call of each remaining operation

    static Stream<Arguments> remainingOperations() {
        return Stream.of(
                arguments("getAccountSettings", headers(), GetAccountSettingsResponse.class),
                arguments("putFunctionRecursionConfig", headers(RECURSIVE_LOOP, "Allow"),
                        PutFunctionRecursionConfigResponse.class),
                arguments("getFunctionRecursionConfig", headers(), GetFunctionRecursionConfigResponse.class),
                arguments("putRuntimeManagementConfig", headers(UPDATE_RUNTIME_ON, "FunctionUpdate"),
                        PutRuntimeManagementConfigResponse.class),
                arguments("getRuntimeManagementConfig", headers(), GetRuntimeManagementConfigResponse.class),
                arguments("listDurableExecutionsByFunction", headers(), ListDurableExecutionsByFunctionResponse.class),
                arguments("getDurableExecution", headers(DURABLE_EXECUTION_ARN, EXECUTION),
                        ResourceNotFoundException.class),
                arguments("getDurableExecutionHistory", headers(DURABLE_EXECUTION_ARN, EXECUTION),
                        ResourceNotFoundException.class),
                arguments("getDurableExecutionState", headers(DURABLE_EXECUTION_ARN, EXECUTION, CHECKPOINT_TOKEN, "t"),
                        ResourceNotFoundException.class),
                arguments("checkpointDurableExecution", headers(DURABLE_EXECUTION_ARN, EXECUTION,
                        CHECKPOINT_TOKEN, "t"), ResourceNotFoundException.class),
                arguments("stopDurableExecution", headers(DURABLE_EXECUTION_ARN, EXECUTION),
                        ResourceNotFoundException.class),
                arguments("sendDurableExecutionCallbackSuccess", headers(CALLBACK_ID, "abc",
                        RESULT, SdkBytes.fromUtf8String("{}")), ResourceNotFoundException.class),
                arguments("sendDurableExecutionCallbackFailure", headers(CALLBACK_ID, "abc",
                        ERROR, ErrorObject.builder().errorMessage("failed").build()), ResourceNotFoundException.class),
                arguments("sendDurableExecutionCallbackHeartbeat", headers(CALLBACK_ID, "abc"),
                        ResourceNotFoundException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remainingOperations")
    void eachRemainingOperationIsSentAndAnsweredWithItsResponseOrAwsError(String operation,
                                                                          Map<String, Object> headers,
                                                                          Class<?> expected) {
        Exchange exchange = call("lambda-ops:orders?operation=" + operation, null, headers);

        if (Throwable.class.isAssignableFrom(expected)) {
            assertThat(exchange.getException()).isInstanceOf(expected);
        } else {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody()).isInstanceOf(expected);
        }
    }

    // helpers

    private <T> T request(String operation, Map<String, Object> headers, Class<T> response) {
        return template.requestBodyAndHeaders("lambda-ops:orders?operation=" + operation, null, headers, response);
    }

    private Exception fails(String operation, Map<String, Object> headers) {
        return call("lambda-ops:orders?operation=" + operation, null, headers).getException();
    }

    /** Every item of a list operation, with pagination=all and pages of one item. */
    private <T> List<T> listAll(String operation, Class<T> item, Object... moreHeaders) {
        Map<String, Object> headers = headers(moreHeaders);
        headers.put(MAX_ITEMS, 1);
        List<?> items = template.requestBodyAndHeaders("lambda-ops:orders?operation=" + operation + "&pagination=all",
                null, headers, List.class);
        return items.stream().map(item::cast).collect(Collectors.toList());
    }

    private Set<String> invokeRepeatedly(String qualifier, int times) {
        Set<String> executed = new HashSet<>();
        for (int i = 0; i < times; i++) {
            Exchange exchange = call("lambda-ops:orders", "{}", headers(QUALIFIER, qualifier));
            assertThat(exchange.getException()).isNull();
            executed.add(exchange.getMessage().getHeader(EXECUTED_VERSION, String.class));
        }
        return executed;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> all = headers(keysAndValues);
        all.putAll(base);
        return all;
    }

    private static LambdaEmulator startWithStateDelay(Duration delay) {
        return LambdaEmulator.start(EmulatorSettings.builder().stateTransitionDelay(delay).build());
    }
}
