package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpMethod;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.github.lambdaops.emulator.http.ApiAction.Paths.CALLBACK;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.CAPACITY_PROVIDERS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.CODE_SIGNING_CONFIGS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.DELIVERIES;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.DURABLE_EXECUTION;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.ESMS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.FAULTS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.FUNCTION;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.FUNCTIONS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.LAYERS;
import static io.github.lambdaops.emulator.http.ApiAction.Paths.LAYER_VERSION;
import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;
import static io.netty.handler.codec.http.HttpMethod.PUT;

/**
 * Every action the emulator serves, with the method and request URI the AWS SDK sends for it: the router matches a
 * request to one of these once, and everything after it (auth, fault injection, the handler) goes by the action.
 * A template's {@code {Parameter}} matches one path segment; {@code ?name=value} makes a query parameter required.
 * Paths under {@code /_} are the emulator's own, not Lambda's.
 */
public enum ApiAction {
    // functions and versions
    CREATE_FUNCTION(POST, FUNCTIONS),
    LIST_FUNCTIONS(GET, FUNCTIONS),
    GET_FUNCTION(GET, FUNCTION),
    DELETE_FUNCTION(DELETE, FUNCTION),
    GET_FUNCTION_CONFIGURATION(GET, FUNCTION + "/configuration"),
    UPDATE_FUNCTION_CONFIGURATION(PUT, FUNCTION + "/configuration"),
    UPDATE_FUNCTION_CODE(PUT, FUNCTION + "/code"),
    PUBLISH_VERSION(POST, FUNCTION + "/versions"),
    LIST_VERSIONS_BY_FUNCTION(GET, FUNCTION + "/versions"),
    // aliases
    CREATE_ALIAS(POST, FUNCTION + "/aliases"),
    LIST_ALIASES(GET, FUNCTION + "/aliases"),
    GET_ALIAS(GET, FUNCTION + "/aliases/{Name}"),
    UPDATE_ALIAS(PUT, FUNCTION + "/aliases/{Name}"),
    DELETE_ALIAS(DELETE, FUNCTION + "/aliases/{Name}"),
    // function policy
    ADD_PERMISSION(POST, FUNCTION + "/policy"),
    GET_POLICY(GET, FUNCTION + "/policy"),
    REMOVE_PERMISSION(DELETE, FUNCTION + "/policy/{StatementId}"),
    // invoke
    INVOKE(POST, FUNCTION + "/invocations"),
    INVOKE_ASYNC(POST, "/2014-11-13/functions/{FunctionName}/invoke-async"),
    // concurrency
    PUT_FUNCTION_CONCURRENCY(PUT, "/2017-10-31/functions/{FunctionName}/concurrency"),
    GET_FUNCTION_CONCURRENCY(GET, "/2019-09-30/functions/{FunctionName}/concurrency"),
    DELETE_FUNCTION_CONCURRENCY(DELETE, "/2017-10-31/functions/{FunctionName}/concurrency"),
    PUT_PROVISIONED_CONCURRENCY_CONFIG(PUT, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency"),
    LIST_PROVISIONED_CONCURRENCY_CONFIGS(GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL"),
    GET_PROVISIONED_CONCURRENCY_CONFIG(GET, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency"),
    DELETE_PROVISIONED_CONCURRENCY_CONFIG(DELETE, "/2019-09-30/functions/{FunctionName}/provisioned-concurrency"),
    // asynchronous invocation configuration
    PUT_FUNCTION_EVENT_INVOKE_CONFIG(PUT, "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    UPDATE_FUNCTION_EVENT_INVOKE_CONFIG(POST, "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    GET_FUNCTION_EVENT_INVOKE_CONFIG(GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    DELETE_FUNCTION_EVENT_INVOKE_CONFIG(DELETE, "/2019-09-25/functions/{FunctionName}/event-invoke-config"),
    LIST_FUNCTION_EVENT_INVOKE_CONFIGS(GET, "/2019-09-25/functions/{FunctionName}/event-invoke-config/list"),
    // recursion, runtime management, scaling
    PUT_FUNCTION_RECURSION_CONFIG(PUT, "/2024-08-31/functions/{FunctionName}/recursion-config"),
    GET_FUNCTION_RECURSION_CONFIG(GET, "/2024-08-31/functions/{FunctionName}/recursion-config"),
    PUT_RUNTIME_MANAGEMENT_CONFIG(PUT, "/2021-07-20/functions/{FunctionName}/runtime-management-config"),
    GET_RUNTIME_MANAGEMENT_CONFIG(GET, "/2021-07-20/functions/{FunctionName}/runtime-management-config"),
    PUT_FUNCTION_SCALING_CONFIG(PUT, "/2025-11-30/functions/{FunctionName}/function-scaling-config"),
    GET_FUNCTION_SCALING_CONFIG(GET, "/2025-11-30/functions/{FunctionName}/function-scaling-config"),
    // function URLs
    CREATE_FUNCTION_URL_CONFIG(POST, "/2021-10-31/functions/{FunctionName}/url"),
    GET_FUNCTION_URL_CONFIG(GET, "/2021-10-31/functions/{FunctionName}/url"),
    UPDATE_FUNCTION_URL_CONFIG(PUT, "/2021-10-31/functions/{FunctionName}/url"),
    DELETE_FUNCTION_URL_CONFIG(DELETE, "/2021-10-31/functions/{FunctionName}/url"),
    LIST_FUNCTION_URL_CONFIGS(GET, "/2021-10-31/functions/{FunctionName}/urls"),
    // code signing
    CREATE_CODE_SIGNING_CONFIG(POST, CODE_SIGNING_CONFIGS),
    LIST_CODE_SIGNING_CONFIGS(GET, CODE_SIGNING_CONFIGS),
    GET_CODE_SIGNING_CONFIG(GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}"),
    UPDATE_CODE_SIGNING_CONFIG(PUT, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}"),
    DELETE_CODE_SIGNING_CONFIG(DELETE, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}"),
    LIST_FUNCTIONS_BY_CODE_SIGNING_CONFIG(GET, CODE_SIGNING_CONFIGS + "/{CodeSigningConfigArn}/functions"),
    PUT_FUNCTION_CODE_SIGNING_CONFIG(PUT, "/2020-06-30/functions/{FunctionName}/code-signing-config"),
    GET_FUNCTION_CODE_SIGNING_CONFIG(GET, "/2020-06-30/functions/{FunctionName}/code-signing-config"),
    DELETE_FUNCTION_CODE_SIGNING_CONFIG(DELETE, "/2020-06-30/functions/{FunctionName}/code-signing-config"),
    // event source mappings
    CREATE_EVENT_SOURCE_MAPPING(POST, ESMS),
    LIST_EVENT_SOURCE_MAPPINGS(GET, ESMS),
    GET_EVENT_SOURCE_MAPPING(GET, ESMS + "/{UUID}"),
    UPDATE_EVENT_SOURCE_MAPPING(PUT, ESMS + "/{UUID}"),
    DELETE_EVENT_SOURCE_MAPPING(DELETE, ESMS + "/{UUID}"),
    // layers
    GET_LAYER_VERSION_BY_ARN(GET, LAYERS + "?find=LayerVersion"),
    LIST_LAYERS(GET, LAYERS),
    PUBLISH_LAYER_VERSION(POST, LAYERS + "/{LayerName}/versions"),
    LIST_LAYER_VERSIONS(GET, LAYERS + "/{LayerName}/versions"),
    GET_LAYER_VERSION(GET, LAYER_VERSION),
    DELETE_LAYER_VERSION(DELETE, LAYER_VERSION),
    ADD_LAYER_VERSION_PERMISSION(POST, LAYER_VERSION + "/policy"),
    GET_LAYER_VERSION_POLICY(GET, LAYER_VERSION + "/policy"),
    REMOVE_LAYER_VERSION_PERMISSION(DELETE, LAYER_VERSION + "/policy/{StatementId}"),
    // tags, account, resource policies
    TAG_RESOURCE(POST, "/2017-03-31/tags/{Resource}"),
    UNTAG_RESOURCE(DELETE, "/2017-03-31/tags/{Resource}"),
    LIST_TAGS(GET, "/2017-03-31/tags/{Resource}"),
    GET_ACCOUNT_SETTINGS(GET, "/2016-08-19/account-settings"),
    PUT_RESOURCE_POLICY(PUT, "/2026-07-09/resource-policy/{ResourceArn}"),
    GET_RESOURCE_POLICY(GET, "/2026-07-09/resource-policy/{ResourceArn}"),
    DELETE_RESOURCE_POLICY(DELETE, "/2026-07-09/resource-policy/{ResourceArn}"),
    // capacity providers
    CREATE_CAPACITY_PROVIDER(POST, CAPACITY_PROVIDERS),
    LIST_CAPACITY_PROVIDERS(GET, CAPACITY_PROVIDERS),
    GET_CAPACITY_PROVIDER(GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}"),
    UPDATE_CAPACITY_PROVIDER(PUT, CAPACITY_PROVIDERS + "/{CapacityProviderName}"),
    DELETE_CAPACITY_PROVIDER(DELETE, CAPACITY_PROVIDERS + "/{CapacityProviderName}"),
    LIST_FUNCTION_VERSIONS_BY_CAPACITY_PROVIDER(GET, CAPACITY_PROVIDERS + "/{CapacityProviderName}/function-versions"),
    // durable executions
    LIST_DURABLE_EXECUTIONS_BY_FUNCTION(GET, "/2025-12-01/functions/{FunctionName}/durable-executions"),
    GET_DURABLE_EXECUTION(GET, DURABLE_EXECUTION),
    GET_DURABLE_EXECUTION_HISTORY(GET, DURABLE_EXECUTION + "/history"),
    GET_DURABLE_EXECUTION_STATE(GET, DURABLE_EXECUTION + "/state"),
    CHECKPOINT_DURABLE_EXECUTION(POST, DURABLE_EXECUTION + "/checkpoint"),
    STOP_DURABLE_EXECUTION(POST, DURABLE_EXECUTION + "/stop"),
    SEND_DURABLE_EXECUTION_CALLBACK_SUCCESS(POST, CALLBACK + "/succeed"),
    SEND_DURABLE_EXECUTION_CALLBACK_FAILURE(POST, CALLBACK + "/fail"),
    SEND_DURABLE_EXECUTION_CALLBACK_HEARTBEAT(POST, CALLBACK + "/heartbeat"),
    // response streaming
    INVOKE_WITH_RESPONSE_STREAM(POST, "/2021-11-15/functions/{FunctionName}/response-streaming-invocations"),
    // not part of the Lambda API: STS's Query protocol (POST / with a form), for the roles clients assume (see the
    // sts package)
    STS_QUERY(POST, "/"),
    // not part of the Lambda API, the emulator's own paths: the zips behind Code.Location and Content.Location,
    // and the admin paths of fault injection and of asynchronous invocations' deliveries
    DOWNLOAD_CODE(GET, "/_lambda-ops/code/{FunctionName}"),
    DOWNLOAD_LAYER_CONTENT(GET, "/_lambda-ops/layers/{LayerVersionArn}"),
    LIST_FAULT_RULES(GET, FAULTS),
    ADD_FAULT_RULE(POST, FAULTS),
    CLEAR_FAULT_RULES(DELETE, FAULTS),
    LIST_DELIVERIES(GET, DELIVERIES),
    CLEAR_DELIVERIES(DELETE, DELIVERIES);

    /** The path templates several actions share. */
    static final class Paths {
        static final String FUNCTIONS = "/2015-03-31/functions";
        static final String FUNCTION = FUNCTIONS + "/{FunctionName}";
        static final String ESMS = "/2015-03-31/event-source-mappings";
        static final String LAYERS = "/2018-10-31/layers";
        static final String LAYER_VERSION = LAYERS + "/{LayerName}/versions/{VersionNumber}";
        static final String CODE_SIGNING_CONFIGS = "/2020-04-22/code-signing-configs";
        static final String CAPACITY_PROVIDERS = "/2025-11-30/capacity-providers";
        static final String DURABLE_EXECUTION = "/2025-12-01/durable-executions/{DurableExecutionArn}";
        static final String CALLBACK = "/2025-12-01/durable-execution-callbacks/{CallbackId}";
        static final String FAULTS = "/_emulator/faults";
        static final String DELIVERIES = "/_emulator/deliveries";

        private Paths() {
        }
    }

    private static final Map<String, ApiAction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ApiAction::actionName, Function.identity()));

    private final HttpMethod method;
    private final String template;
    private final String actionName;

    ApiAction(HttpMethod method, String template) {
        this.method = method;
        this.template = template;
        this.actionName = Arrays.stream(name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    /**
     * The action named as AWS names it ({@code Invoke}, {@code GetFunction}; case matters).
     *
     * @throws IllegalArgumentException naming the action when the emulator has no action of that name
     */
    public static ApiAction named(String actionName) {
        ApiAction action = actionName == null ? null : BY_NAME.get(actionName);
        if (action != null) {
            return action;
        }
        String sameLetters = BY_NAME.keySet().stream().filter(name -> name.equalsIgnoreCase(actionName)).findFirst()
                .map(name -> " Did you mean " + name + "? Action names are case-sensitive.").orElse("");
        throw new IllegalArgumentException("No API action is named '" + actionName + "'." + sameLetters
                + " Expected an action name as AWS writes it, e.g. Invoke, GetFunction, CreateFunction");
    }

    /** The name AWS gives the action ({@code GetFunction}), also the name fault rules and logs use. */
    public String actionName() {
        return actionName;
    }

    public HttpMethod method() {
        return method;
    }

    /** The request URI template, e.g. {@code /2015-03-31/functions/{FunctionName}/policy}. */
    public String template() {
        return template;
    }

    /** Whether this is one of the emulator's own actions (a path under {@code /_}) rather than Lambda's. */
    public boolean isEmulatorOwn() {
        return template.startsWith("/_");
    }

    /** Whether this action administers the emulator itself (fault rules, deliveries), which no fault rule applies to. */
    public boolean isAdmin() {
        return template.startsWith("/_emulator/");
    }
}
