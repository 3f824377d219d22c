package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.LambdaFunction;
import io.github.lambdaops.emulator.domain.StoredResources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.github.lambdaops.emulator.http.Validation.document;

/**
 * The configurations a function (or one of its versions or aliases) carries beside its FunctionConfiguration:
 * reserved and provisioned concurrency, asynchronous invocation, recursion, runtime management, scaling, code
 * signing and function URLs. Each is a document in {@link StoredResources}, under its kind and the ARN it
 * belongs to ({@code function:NAME} or {@code function:NAME:QUALIFIER}), so deleting a function or version
 * forgets its configurations.
 */
final class FunctionConfigsApi {
    static final String RESERVED_CONCURRENCY = "reserved-concurrency";
    static final String CODE_SIGNING = "function-code-signing-config";
    static final int ACCOUNT_CONCURRENCY = 1000;
    static final int MIN_UNRESERVED_CONCURRENCY = 100;
    private static final String PROVISIONED_CONCURRENCY = "provisioned-concurrency";
    private static final String EVENT_INVOKE = "event-invoke-config";
    private static final String RECURSION = "recursion-config";
    private static final String RUNTIME_MANAGEMENT = "runtime-management-config";
    private static final String SCALING = "function-scaling-config";
    private static final String URL = "function-url-config";
    private static final String DESTINATION_PATTERN = "^$|" + Arns.ANY_RESOURCE;

    private final FunctionStore store;

    FunctionConfigsApi(FunctionStore store) {
        this.store = store;
    }

    // Reserved concurrency: enforced on Invoke by ConcurrencyGuard.

    ApiResponse putFunctionConcurrency(ApiRequest request) {
        FunctionTarget target = unqualified(request);
        int reserved = Body.of(request).requiredInteger("ReservedConcurrentExecutions", 0, Integer.MAX_VALUE);
        String arn = target.function().arn();
        int reservedByOthers = reservedConcurrency(store, target.function().region())
                - reservedOf(store, arn).orElse(0);
        if (ACCOUNT_CONCURRENCY - reservedByOthers - reserved < MIN_UNRESERVED_CONCURRENCY) {
            throw ApiException.invalidParameter("Specified ReservedConcurrentExecutions for function decreases"
                    + " account's UnreservedConcurrentExecution below its minimum value of ["
                    + MIN_UNRESERVED_CONCURRENCY + "].");
        }
        return ApiResponse.json(200, store.resources().put(RESERVED_CONCURRENCY, arn,
                document("ReservedConcurrentExecutions", reserved)));
    }

    ApiResponse getFunctionConcurrency(ApiRequest request) {
        String arn = unqualified(request).function().arn();
        return ApiResponse.json(200, store.resources().get(RESERVED_CONCURRENCY, arn).orElse(Map.of()));
    }

    ApiResponse deleteFunctionConcurrency(ApiRequest request) {
        store.resources().remove(RESERVED_CONCURRENCY, unqualified(request).function().arn());
        return ApiResponse.empty(204);
    }

    /** The reserved concurrency of a function, if it has one. */
    static Optional<Integer> reservedOf(FunctionStore store, String functionArn) {
        return store.resources().get(RESERVED_CONCURRENCY, functionArn)
                .map(document -> (Integer) document.get("ReservedConcurrentExecutions"));
    }

    /** The concurrency reserved by the functions of a region. */
    static int reservedConcurrency(FunctionStore store, String region) {
        return store.resources().list(RESERVED_CONCURRENCY, arn -> arn.contains(":lambda:" + region + ":")).stream()
                .mapToInt(document -> (Integer) document.get("ReservedConcurrentExecutions")).sum();
    }

    // Provisioned concurrency: stored; its Status turns READY after the state transition delay.

    ApiResponse putProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        if (target.qualifier() == null) {
            throw ApiException.required("qualifier");
        }
        if (target.isLatest()) {
            throw ApiException.invalidParameter("Provisioned Concurrency Configs cannot be applied to unpublished"
                    + " function versions.");
        }
        target.resolved();
        int requested = Body.of(request).requiredInteger("ProvisionedConcurrentExecutions", 1, Integer.MAX_VALUE);
        boolean ready = store.transitions().immediate();
        Map<String, Object> config = store.resources().put(PROVISIONED_CONCURRENCY, target.arn(), document(
                "RequestedProvisionedConcurrentExecutions", requested,
                "AvailableProvisionedConcurrentExecutions", ready ? requested : 0,
                "AllocatedProvisionedConcurrentExecutions", ready ? requested : 0,
                "Status", ready ? "READY" : "IN_PROGRESS",
                "LastModified", Timestamps.now()));
        store.transitions().after(() -> store.resources().updateIfPresent(PROVISIONED_CONCURRENCY, target.arn(),
                current -> !config.equals(current) ? current : with(current,
                        "AvailableProvisionedConcurrentExecutions", requested,
                        "AllocatedProvisionedConcurrentExecutions", requested, "Status", "READY")));
        return ApiResponse.json(202, config);
    }

    ApiResponse getProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = qualified(request);
        return ApiResponse.json(200, store.resources().require(PROVISIONED_CONCURRENCY, target.arn(),
                () -> new ApiException(ErrorType.PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND,
                        "No Provisioned Concurrency Config found for this function")));
    }

    ApiResponse deleteProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = qualified(request);
        store.resources().remove(PROVISIONED_CONCURRENCY, target.arn());
        return ApiResponse.empty(204);
    }

    ApiResponse listProvisionedConcurrencyConfigs(ApiRequest request) {
        return listOfFunction(request, PROVISIONED_CONCURRENCY, "ProvisionedConcurrencyConfigs", true);
    }

    // Asynchronous invocation configuration: stored, not applied to Event invocations.

    ApiResponse putFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        Body body = Body.of(request);
        Map<String, Object> config = eventInvokeConfig(target, body, Map.of());
        return ApiResponse.json(200, store.resources().put(EVENT_INVOKE, key(target), config));
    }

    ApiResponse updateFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        Body body = Body.of(request);
        return ApiResponse.json(200, store.resources().update(EVENT_INVOKE, key(target),
                current -> eventInvokeConfig(target, body, current), () -> noEventInvokeConfig(target)));
    }

    ApiResponse getFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        return ApiResponse.json(200, store.resources().require(EVENT_INVOKE, key(target),
                () -> noEventInvokeConfig(target)));
    }

    ApiResponse deleteFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        store.resources().remove(EVENT_INVOKE, key(target)).orElseThrow(() -> noEventInvokeConfig(target));
        return ApiResponse.empty(204);
    }

    ApiResponse listFunctionEventInvokeConfigs(ApiRequest request) {
        return listOfFunction(request, EVENT_INVOKE, "FunctionEventInvokeConfigs", false);
    }

    private Map<String, Object> eventInvokeConfig(FunctionTarget target, Body body, Map<String, Object> current) {
        Integer retries = body.integer("MaximumRetryAttempts", 0, 2);
        Integer maximumAge = body.integer("MaximumEventAgeInSeconds", 60, 21600);
        Body destinations = body.object("DestinationConfig");
        for (String outcome : List.of("OnSuccess", "OnFailure")) {
            destinations.object(outcome).pattern("Destination", DESTINATION_PATTERN, 350);
        }
        if (retries == null && maximumAge == null && !body.has("DestinationConfig")) {
            throw ApiException.invalidParameter("You must specify at least one of error handling or destination"
                    + " setting.");
        }
        Map<String, Object> config = new LinkedHashMap<>(current);
        config.putAll(document("LastModified", Timestamps.epochSeconds(), "FunctionArn", key(target),
                "MaximumRetryAttempts", retries, "MaximumEventAgeInSeconds", maximumAge,
                "DestinationConfig", body.get("DestinationConfig")));
        return config;
    }

    private static ApiException noEventInvokeConfig(FunctionTarget target) {
        return ApiException.notFound("The function " + key(target) + " doesn't have an EventInvokeConfig");
    }

    // Recursion, runtime management and scaling: stored and answered; AWS's defaults when none is stored.

    ApiResponse putFunctionRecursionConfig(ApiRequest request) {
        FunctionTarget target = unqualified(request);
        String loop = Body.of(request).oneOf("RecursiveLoop", "Allow", "Terminate");
        if (loop == null) {
            throw ApiException.required("recursiveLoop");
        }
        return ApiResponse.json(200, store.resources().put(RECURSION, target.function().arn(),
                document("RecursiveLoop", loop)));
    }

    ApiResponse getFunctionRecursionConfig(ApiRequest request) {
        FunctionTarget target = unqualified(request);
        return ApiResponse.json(200, store.resources().get(RECURSION, target.function().arn())
                .orElse(document("RecursiveLoop", "Terminate")));
    }

    ApiResponse putRuntimeManagementConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        Body body = Body.of(request);
        String updateOn = body.oneOf("UpdateRuntimeOn", "Auto", "FunctionUpdate", "Manual");
        if (updateOn == null) {
            throw ApiException.required("updateRuntimeOn");
        }
        String versionArn = body.pattern("RuntimeVersionArn",
                Arns.RUNTIME_VERSION, 2048);
        if (updateOn.equals("Manual") && versionArn == null) {
            throw ApiException.invalidParameter("RuntimeVersionArn is required when UpdateRuntimeOn is Manual.");
        }
        if (!updateOn.equals("Manual") && versionArn != null) {
            throw ApiException.invalidParameter("RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual.");
        }
        return ApiResponse.json(200, store.resources().put(RUNTIME_MANAGEMENT, key(target),
                document("UpdateRuntimeOn", updateOn, "FunctionArn", key(target), "RuntimeVersionArn", versionArn)));
    }

    ApiResponse getRuntimeManagementConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        return ApiResponse.json(200, store.resources().get(RUNTIME_MANAGEMENT, key(target))
                .orElse(document("UpdateRuntimeOn", "Auto", "FunctionArn", key(target))));
    }

    ApiResponse putFunctionScalingConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        Body scaling = Body.of(request).object("FunctionScalingConfig");
        Integer min = scaling.integer("MinExecutionEnvironments", 0, 15000);
        Integer max = scaling.integer("MaxExecutionEnvironments", 0, 15000);
        if (min != null && max != null && min > max) {
            throw ApiException.invalidParameter("MinExecutionEnvironments (" + min + ") cannot be greater than"
                    + " MaxExecutionEnvironments (" + max + ").");
        }
        Map<String, Object> requested = document("MinExecutionEnvironments", min, "MaxExecutionEnvironments", max);
        store.resources().put(SCALING, key(target), document("FunctionArn", key(target),
                "AppliedFunctionScalingConfig", requested, "RequestedFunctionScalingConfig", requested));
        return ApiResponse.json(202, document("FunctionState", target.resolved().configuration().state()));
    }

    ApiResponse getFunctionScalingConfig(ApiRequest request) {
        FunctionTarget target = latestOrQualified(request);
        return ApiResponse.json(200, store.resources().get(SCALING, key(target))
                .orElse(document("FunctionArn", key(target))));
    }

    // Code signing: which config a function uses (stored; code is never verified).

    ApiResponse putFunctionCodeSigningConfig(ApiRequest request) {
        LambdaFunction function = unqualified(request).function();
        String arn = Body.of(request).requiredString("CodeSigningConfigArn");
        CodeSigningConfigsApi.require(store, arn);
        return ApiResponse.json(200, store.resources().put(CODE_SIGNING, function.arn(),
                document("CodeSigningConfigArn", arn, "FunctionName", function.name())));
    }

    ApiResponse getFunctionCodeSigningConfig(ApiRequest request) {
        LambdaFunction function = unqualified(request).function();
        return ApiResponse.json(200, store.resources().get(CODE_SIGNING, function.arn())
                .orElse(document("CodeSigningConfigArn", "", "FunctionName", function.name())));
    }

    ApiResponse deleteFunctionCodeSigningConfig(ApiRequest request) {
        store.resources().remove(CODE_SIGNING, unqualified(request).function().arn());
        return ApiResponse.empty(204);
    }

    // Function URLs: stored with a generated URL, which the emulator does not serve.

    ApiResponse createFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request);
        Body body = Body.of(request);
        String authType = requiredAuthType(body);
        String invokeMode = body.oneOf("InvokeMode", "BUFFERED", "RESPONSE_STREAM");
        String now = Timestamps.now();
        String urlId = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> config = document("FunctionUrl", "https://" + urlId + ".lambda-url."
                        + target.function().region() + ".on.aws/", "FunctionArn", target.arn(), "AuthType", authType,
                "Cors", body.get("Cors"), "CreationTime", now, "LastModifiedTime", now,
                "InvokeMode", invokeMode != null ? invokeMode : "BUFFERED");
        Map<String, Object> created = store.resources().create(URL, target.arn(), config, () -> ApiException.conflict(
                "Failed to create function url config for [functionArn = " + target.arn() + "]. Error message: "
                        + " FunctionUrlConfig exists for this Lambda function"));
        Map<String, Object> answer = new LinkedHashMap<>(created);
        answer.remove("LastModifiedTime");
        return ApiResponse.json(201, answer);
    }

    ApiResponse getFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request);
        return ApiResponse.json(200, store.resources().require(URL, target.arn(), FunctionConfigsApi::noSuchResource));
    }

    ApiResponse updateFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request);
        Body body = Body.of(request);
        if (body.has("AuthType")) {
            requiredAuthType(body);
        }
        body.oneOf("InvokeMode", "BUFFERED", "RESPONSE_STREAM");
        return ApiResponse.json(200, store.resources().update(URL, target.arn(), current -> {
            Map<String, Object> updated = new LinkedHashMap<>(current);
            updated.putAll(body.pick("AuthType", "Cors", "InvokeMode"));
            updated.put("LastModifiedTime", Timestamps.now());
            return updated;
        }, FunctionConfigsApi::noSuchResource));
    }

    ApiResponse deleteFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request);
        store.resources().remove(URL, target.arn()).orElseThrow(FunctionConfigsApi::noSuchResource);
        return ApiResponse.empty(204);
    }

    ApiResponse listFunctionUrlConfigs(ApiRequest request) {
        return listOfFunction(request, URL, "FunctionUrlConfigs", false);
    }

    private static String requiredAuthType(Body body) {
        String authType = body.oneOf("AuthType", "NONE", "AWS_IAM");
        if (authType == null) {
            throw ApiException.required("authType");
        }
        return authType;
    }

    /** A function URL belongs to a function or one of its aliases, never to a version. */
    private FunctionTarget urlTarget(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        if (target.qualifier() != null && !target.function().hasAlias(target.qualifier())) {
            if (target.qualifier().matches("[0-9]+|\\$LATEST")) {
                throw ApiException.invalidParameter("Function URLs can be configured only for a function's"
                        + " unqualified ARN or one of its aliases, not for version " + target.qualifier() + ".");
            }
            target.resolved();
        }
        return target;
    }

    private static ApiException noSuchResource() {
        return ApiException.notFound("The resource you requested does not exist.");
    }

    // Shared by the configurations above.

    /**
     * A page of the documents of one kind that belong to the function or any of its qualifiers; with
     * {@code addArn}, each gets the ARN it belongs to as its {@code FunctionArn} (list items have it, Get answers not).
     */
    private ApiResponse listOfFunction(ApiRequest request, String kind, String member, boolean addArn) {
        String arn = unqualified(request).function().arn();
        List<Map.Entry<String, Map<String, Object>>> entries = store.resources().entries(kind,
                key -> key.equals(arn) || key.startsWith(arn + ":"));
        Pages.Page<Map.Entry<String, Map<String, Object>>> page = Pages.of(entries, Map.Entry::getKey, request);
        return ApiResponse.json(200, document(member, page.items().stream().map(entry -> {
            Map<String, Object> item = new LinkedHashMap<>();
            if (addArn) {
                item.put("FunctionArn", entry.getKey());
            }
            item.putAll(entry.getValue());
            return item;
        }).toList(), "NextMarker", page.nextMarker()));
    }

    private FunctionTarget unqualified(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        if (target.qualifier() != null) {
            throw ApiException.invalidParameter("This operation does not take a qualifier: " + target.qualifier());
        }
        return target;
    }

    private FunctionTarget qualified(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        if (target.qualifier() == null) {
            throw ApiException.required("qualifier");
        }
        target.resolved();
        return target;
    }

    /** A target whose qualifier (if any) exists. */
    private FunctionTarget latestOrQualified(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        target.resolved();
        return target;
    }

    /** The ARN a configuration of a target is stored under and reports: unqualified stands for $LATEST. */
    private static String key(FunctionTarget target) {
        return target.function().arn() + ":" + (target.qualifier() == null ? Arns.LATEST : target.qualifier());
    }

    private static Map<String, Object> with(Map<String, Object> document, Object... namesAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(document);
        changed.putAll(document(namesAndValues));
        return changed;
    }
}
