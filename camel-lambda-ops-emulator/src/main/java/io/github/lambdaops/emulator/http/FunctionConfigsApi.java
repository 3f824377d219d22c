package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Destinations;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.EventInvokeConfig;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.ProvisionedConcurrency;
import io.github.lambdaops.emulator.domain.RuntimeManagement;
import io.github.lambdaops.emulator.domain.Scaling;
import io.github.lambdaops.emulator.domain.Setting;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.domain.UrlConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.EventInvokeConfigRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionCodeSigningConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionConcurrency;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionEventInvokeConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionRecursionConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionUrlConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionUrlConfigRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.GetFunctionScalingConfigResponse;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.ListFunctionEventInvokeConfigsResponse;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.ListFunctionUrlConfigsResponse;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.ListProvisionedConcurrencyConfigsResponse;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.ProvisionedConcurrencyConfig;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.PutFunctionScalingConfigRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.PutFunctionScalingConfigResponse;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.PutProvisionedConcurrencyConfigRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.PutRuntimeManagementConfigRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.RuntimeManagementConfig;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The settings a function (or one of its versions or aliases) carries beside its FunctionConfiguration: reserved
 * and provisioned concurrency, asynchronous invocation, recursion, runtime management, scaling, code signing and
 * function URLs. Each is a {@link Setting} of the {@link Function}, under the qualifier it belongs to.
 */
final class FunctionConfigsApi {
    /** The Qualifier of function URL actions: an alias. */
    private static final String URL_QUALIFIER = "((?!^\\d+$)^[0-9a-zA-Z-_]+$)";
    private static final Set<String> DESTINATION_SERVICES = Set.of("sqs", "sns", "lambda", "events", "s3");

    private final Stores stores;

    FunctionConfigsApi(Stores stores) {
        this.stores = stores;
    }

    // Reserved concurrency: enforced by Function.tryStartInvocation, for every way a function is invoked.

    ApiResponse putFunctionConcurrency(ApiRequest request) {
        FunctionTarget target = FunctionTarget.unqualified(request, stores, FunctionTarget.Missing.AS_LATEST);
        FunctionConcurrency body = request.bodyAs(FunctionConcurrency.class);
        int reserved = Validation.range(Validation.required(body.reservedConcurrentExecutions(),
                "reservedConcurrentExecutions"), "reservedConcurrentExecutions", 0, Integer.MAX_VALUE);
        return ApiResponse.json(200, new FunctionConcurrency(
                target.store().reserveConcurrency(target.function(), reserved)));
    }

    ApiResponse getFunctionConcurrency(ApiRequest request) {
        Function function = FunctionTarget.unqualified(request, stores).function();
        return ApiResponse.json(200, new FunctionConcurrency(
                function.setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED).orElse(null)));
    }

    ApiResponse deleteFunctionConcurrency(ApiRequest request) {
        FunctionTarget.unqualified(request, stores).function()
                .removeSetting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED);
        return ApiResponse.empty(204);
    }

    // Provisioned concurrency: its Status turns READY after the state transition delay.

    ApiResponse putProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionConfigsApi::noProvisionedTarget);
        Validation.required(target.qualifier(), "qualifier");
        if (target.isLatest()) {
            throw ApiException.invalidParameter("Provisioned Concurrency Configs cannot be applied to unpublished"
                    + " function versions.");
        }
        target.function().requireQualifier(target.qualifier());
        PutProvisionedConcurrencyConfigRequest body = request.bodyAs(PutProvisionedConcurrencyConfigRequest.class);
        int requested = Validation.range(Validation.required(body.provisionedConcurrentExecutions(),
                "provisionedConcurrentExecutions"), "provisionedConcurrentExecutions", 1, Integer.MAX_VALUE);
        ProvisionedConcurrency config = target.store().provisionConcurrency(target.function(), target.qualifier(),
                ProvisionedConcurrency.requested(requested, Timestamps.now()));
        return ApiResponse.json(202, ProvisionedConcurrencyConfig.of(null, config));
    }

    ApiResponse getProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = provisionedTarget(request);
        return ApiResponse.json(200, ProvisionedConcurrencyConfig.of(null, target.function()
                .setting(Setting.PROVISIONED_CONCURRENCY, target.qualifier())
                .orElseThrow(() -> new ApiException(ErrorType.PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND,
                        "No Provisioned Concurrency Config found for this function"))));
    }

    ApiResponse deleteProvisionedConcurrencyConfig(ApiRequest request) {
        FunctionTarget target = provisionedTarget(request);
        target.function().removeSetting(Setting.PROVISIONED_CONCURRENCY, target.qualifier());
        return ApiResponse.empty(204);
    }

    /**
     * The alias or published version whose provisioned concurrency a request reads or deletes, which AWS looks up as
     * an alias first.
     */
    private FunctionTarget provisionedTarget(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionConfigsApi::noProvisionedTarget);
        Validation.required(target.qualifier(), "qualifier");
        if (target.isLatest()) {
            throw ApiException.invalidParameter("The function resource provided must be an alias or a published"
                    + " version.");
        }
        target.function().requireQualifier(target.qualifier());
        return target;
    }

    private static ApiException noProvisionedTarget(String functionArn, String qualifier) {
        return qualifier == null ? ApiException.functionNotFound(functionArn)
                : ApiException.qualifierNotFound(functionArn, qualifier);
    }

    ApiResponse listProvisionedConcurrencyConfigs(ApiRequest request) {
        Pages.Page<ProvisionedConcurrencyConfig> page = pageOf(request, Setting.PROVISIONED_CONCURRENCY,
                ProvisionedConcurrencyConfig::of, FunctionTarget.Missing.AS_NAMED);
        return ApiResponse.json(200, new ListProvisionedConcurrencyConfigsResponse(page.items(), page.nextMarker()));
    }

    // Asynchronous invocation configuration: AsyncInvocations applies it to Event invocations.

    ApiResponse putFunctionEventInvokeConfig(ApiRequest request) {
        EventInvokeConfig config = eventInvokeConfigOf(request.bodyAs(EventInvokeConfigRequest.class));
        FunctionTarget target = eventInvokeTarget(request);
        requireDestinations(target, config.destinationConfig());
        return ApiResponse.json(200, FunctionEventInvokeConfig.of(eventInvokeArn(target), target.function()
                .putSetting(Setting.EVENT_INVOKE, target.qualifierOrLatest(), config)));
    }

    ApiResponse updateFunctionEventInvokeConfig(ApiRequest request) {
        EventInvokeConfig changes = eventInvokeConfigOf(request.bodyAs(EventInvokeConfigRequest.class));
        FunctionTarget target = eventInvokeTarget(request);
        requireDestinations(target, changes.destinationConfig());
        return ApiResponse.json(200, FunctionEventInvokeConfig.of(eventInvokeArn(target), target.function()
                .updateSetting(Setting.EVENT_INVOKE, target.qualifierOrLatest(), current -> current.merge(changes))
                .orElseThrow(() -> noEventInvokeConfig(target))));
    }

    ApiResponse getFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionConfigsApi::noEventInvokeConfig);
        return ApiResponse.json(200, FunctionEventInvokeConfig.of(eventInvokeArn(target), target.function()
                .setting(Setting.EVENT_INVOKE, target.qualifierOrLatest()).orElseThrow(() -> noEventInvokeConfig(target))));
    }

    ApiResponse deleteFunctionEventInvokeConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionConfigsApi::noEventInvokeConfig);
        target.function().removeSetting(Setting.EVENT_INVOKE, target.qualifierOrLatest())
                .orElseThrow(() -> noEventInvokeConfig(target));
        return ApiResponse.empty(204);
    }

    ApiResponse listFunctionEventInvokeConfigs(ApiRequest request) {
        Pages.Page<FunctionEventInvokeConfig> page = pageOf(request, Setting.EVENT_INVOKE,
                FunctionEventInvokeConfig::of, (arn, qualifier) -> noFunctionForEventInvokeConfig());
        return ApiResponse.json(200, new ListFunctionEventInvokeConfigsResponse(page.items(), page.nextMarker()));
    }

    private static EventInvokeConfig eventInvokeConfigOf(EventInvokeConfigRequest body) {
        Validation.range(body.maximumRetryAttempts(), "maximumRetryAttempts", 0, 2);
        Validation.range(body.maximumEventAgeInSeconds(), "maximumEventAgeInSeconds", 60, 21600);
        Destinations destinations = body.destinationConfig();
        if (destinations != null) {
            destination(destinations.onSuccess(), "destinationConfig.onSuccess.destination");
            destination(destinations.onFailure(), "destinationConfig.onFailure.destination");
        }
        if (body.maximumRetryAttempts() == null && body.maximumEventAgeInSeconds() == null && destinations == null) {
            throw ApiException.invalidParameter("You must specify at least one of error handling or destination"
                    + " setting.");
        }
        return new EventInvokeConfig(body.maximumRetryAttempts(), body.maximumEventAgeInSeconds(), destinations,
                Timestamps.epochSeconds());
    }

    private static void destination(Destinations.Destination destination, String member) {
        if (destination != null) {
            Validation.pattern(destination.destination(), member, Arns.DESTINATION, 350);
        }
    }

    /**
     * AWS sends asynchronous invocation records to queues, topics, functions, event buses and buckets; a function
     * destination must exist and be another function.
     */
    private void requireDestinations(FunctionTarget target, Destinations destinations) {
        if (destinations == null) {
            return;
        }
        for (Destinations.Destination destination : new Destinations.Destination[]{destinations.onSuccess(),
                destinations.onFailure()}) {
            String arn = destination == null ? null : destination.destination();
            if (arn == null || arn.isEmpty()) {
                continue;
            }
            if (!DESTINATION_SERVICES.contains(Arns.serviceOf(arn))) {
                throw ApiException.invalidParameter("The provided destination config DestinationConfig(onSuccess="
                        + describe("OnSuccess", destinations.onSuccess()) + ", onFailure="
                        + describe("OnFailure", destinations.onFailure()) + ") is invalid.");
            }
            if (Arns.serviceOf(arn).equals("lambda")) {
                Arns.LambdaArn function = Arns.parse(arn).filter(parsed -> parsed.kind() == Arns.Kind.FUNCTION)
                        .orElseThrow(() -> invalidDestination(arn));
                if (function.name().equals(target.function().name())
                        && function.region().equals(target.store().region())
                        && function.account().equals(target.store().accountId())) {
                    throw ApiException.invalidParameter("You can't specify the function as a destination for itself.");
                }
                stores.of(function.account(), function.region()).find(function.name())
                        .orElseThrow(() -> invalidDestination(arn));
            }
        }
    }

    /** A destination as AWS's message about an unsupported one quotes it. */
    private static String describe(String side, Destinations.Destination destination) {
        return destination == null ? "null" : side + "(destination=" + destination.destination() + ")";
    }

    private static ApiException invalidDestination(String arn) {
        return ApiException.invalidParameter("The destination ARN " + arn + " is invalid.");
    }

    private static String eventInvokeArn(FunctionTarget target) {
        return target.function().arn(target.qualifierOrLatest());
    }

    private static ApiException noEventInvokeConfig(FunctionTarget target) {
        return noEventInvokeConfig(target.function().arn(), target.qualifier());
    }

    /** What AWS answers for the config of a function, version or alias that has none (or does not exist). */
    private static ApiException noEventInvokeConfig(String functionArn, String qualifier) {
        return ApiException.notFound("The function " + Arns.qualify(functionArn, qualifier == null ? Arns.LATEST
                : qualifier) + " doesn't have an EventInvokeConfig");
    }

    /** A target whose function and qualifier exist, for the actions that set a config. */
    private FunctionTarget eventInvokeTarget(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, (arn, qualifier) -> noFunctionForEventInvokeConfig());
        if (!target.function().hasQualifier(target.qualifier())) {
            throw noFunctionForEventInvokeConfig();
        }
        return target;
    }

    private static ApiException noFunctionForEventInvokeConfig() {
        return ApiException.notFound("The function doesn't exist.");
    }

    // Recursion, runtime management and scaling: stored and answered; AWS's defaults when none is stored.

    ApiResponse putFunctionRecursionConfig(ApiRequest request) {
        Function function = FunctionTarget.unqualified(request, stores).function();
        String loop = Validation.required(Validation.oneOf(request.bodyAs(FunctionRecursionConfig.class).recursiveLoop(),
                "recursiveLoop", "Terminate", "Allow"), "recursiveLoop");
        return ApiResponse.json(200, new FunctionRecursionConfig(
                function.putSetting(Setting.RECURSIVE_LOOP, Function.UNQUALIFIED, loop)));
    }

    ApiResponse getFunctionRecursionConfig(ApiRequest request) {
        Function function = FunctionTarget.unqualified(request, stores).function();
        return ApiResponse.json(200, new FunctionRecursionConfig(
                function.setting(Setting.RECURSIVE_LOOP, Function.UNQUALIFIED).orElse("Terminate")));
    }

    ApiResponse putRuntimeManagementConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.existing(request, stores);
        PutRuntimeManagementConfigRequest body = request.bodyAs(PutRuntimeManagementConfigRequest.class);
        String updateOn = Validation.required(Validation.oneOf(body.updateRuntimeOn(), "updateRuntimeOn",
                "Auto", "FunctionUpdate", "Manual"), "updateRuntimeOn");
        String versionArn = Validation.pattern(body.runtimeVersionArn(), "runtimeVersionArn", Arns.RUNTIME_VERSION,
                2048);
        if (updateOn.equals("Manual") && versionArn == null) {
            throw ApiException.invalidParameter("RuntimeVersionArn is required when UpdateRuntimeOn is Manual.");
        }
        if (!updateOn.equals("Manual") && versionArn != null) {
            throw ApiException.invalidParameter("RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual.");
        }
        RuntimeManagement config = target.function().putSetting(Setting.RUNTIME_MANAGEMENT,
                target.qualifierOrLatest(), new RuntimeManagement(updateOn, versionArn));
        return ApiResponse.json(200, runtimeManagementOf(target, config));
    }

    ApiResponse getRuntimeManagementConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.existing(request, stores);
        return ApiResponse.json(200, runtimeManagementOf(target, target.function()
                .setting(Setting.RUNTIME_MANAGEMENT, target.qualifierOrLatest()).orElse(RuntimeManagement.DEFAULT)));
    }

    private static RuntimeManagementConfig runtimeManagementOf(FunctionTarget target, RuntimeManagement config) {
        return new RuntimeManagementConfig(config.updateRuntimeOn(), target.function().arn(target.qualifierOrLatest()),
                config.runtimeVersionArn());
    }

    ApiResponse putFunctionScalingConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.existing(request, stores);
        Scaling scaling = request.bodyAs(PutFunctionScalingConfigRequest.class).functionScalingConfig();
        Scaling requested = scaling == null ? new Scaling(null, null) : scaling;
        Integer min = Validation.range(requested.minExecutionEnvironments(), "minExecutionEnvironments", 0, 15000);
        Integer max = Validation.range(requested.maxExecutionEnvironments(), "maxExecutionEnvironments", 0, 15000);
        if (min != null && max != null && min > max) {
            throw ApiException.invalidParameter("MinExecutionEnvironments (" + min + ") cannot be greater than"
                    + " MaxExecutionEnvironments (" + max + ").");
        }
        target.function().putSetting(Setting.SCALING, target.qualifierOrLatest(), requested);
        return ApiResponse.json(202, new PutFunctionScalingConfigResponse(target.resolved().configuration().state()));
    }

    ApiResponse getFunctionScalingConfig(ApiRequest request) {
        FunctionTarget target = FunctionTarget.existing(request, stores);
        Scaling scaling = target.function().setting(Setting.SCALING, target.qualifierOrLatest()).orElse(null);
        return ApiResponse.json(200, new GetFunctionScalingConfigResponse(
                target.function().arn(target.qualifierOrLatest()), scaling, scaling));
    }

    // Code signing: which config a function uses (code is never verified).

    ApiResponse putFunctionCodeSigningConfig(ApiRequest request) {
        String arn = Validation.requiredPattern(request.bodyAs(FunctionCodeSigningConfig.class).codeSigningConfigArn(),
                "codeSigningConfigArn", Arns.CODE_SIGNING_CONFIG, 200);
        // AWS looks the config up before the function
        Arns.LambdaArn config = Arns.parse(arn).orElseThrow();
        stores.of(config.account(), config.region()).codeSigningConfigToUse(arn);
        FunctionTarget target = FunctionTarget.unqualified(request, stores);
        target.function().putSetting(Setting.CODE_SIGNING_CONFIG, Function.UNQUALIFIED, arn);
        return ApiResponse.json(200, new FunctionCodeSigningConfig(arn, target.function().name()));
    }

    ApiResponse getFunctionCodeSigningConfig(ApiRequest request) {
        Function function = FunctionTarget.unqualified(request, stores).function();
        return ApiResponse.json(200, new FunctionCodeSigningConfig(
                function.setting(Setting.CODE_SIGNING_CONFIG, Function.UNQUALIFIED).orElse(""), function.name()));
    }

    ApiResponse deleteFunctionCodeSigningConfig(ApiRequest request) {
        FunctionTarget.unqualified(request, stores).function()
                .removeSetting(Setting.CODE_SIGNING_CONFIG, Function.UNQUALIFIED);
        return ApiResponse.empty(204);
    }

    // Function URLs: served by FunctionUrls at the address FunctionUrlAddress gives them.

    ApiResponse createFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request, FunctionConfigsApi::noFunctionForUrl);
        FunctionUrlConfigRequest body = request.bodyAs(FunctionUrlConfigRequest.class);
        String authType = requiredAuthType(body);
        String invokeMode = Validation.oneOf(body.invokeMode(), "invokeMode", UrlConfig.BUFFERED, UrlConfig.RESPONSE_STREAM);
        String now = Timestamps.now();
        String urlId = FunctionUrlAddress.newUrlId();
        UrlConfig config = new UrlConfig(urlId, FunctionUrlAddress.served(request.header("Host"), urlId), authType,
                body.cors(), now, now, invokeMode != null ? invokeMode : UrlConfig.BUFFERED);
        target.function().putSettingIfAbsent(Setting.URL, target.settingKey(), config).ifPresent(existing -> {
            throw ApiException.conflict("Failed to create function url config for [functionArn = " + target.arn()
                    + "]. Error message:  FunctionUrlConfig exists for this Lambda function");
        });
        return ApiResponse.json(201, FunctionUrlConfig.of(target.arn(), config).withoutLastModifiedTime());
    }

    ApiResponse getFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request, ApiException::resourceNotFound);
        return ApiResponse.json(200, FunctionUrlConfig.of(target.arn(), target.function()
                .setting(Setting.URL, target.settingKey()).orElseThrow(ApiException::resourceNotFound)));
    }

    ApiResponse updateFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request, FunctionConfigsApi::noFunctionForUrl);
        FunctionUrlConfigRequest body = request.bodyAs(FunctionUrlConfigRequest.class);
        if (body.authType() != null) {
            requiredAuthType(body);
        }
        Validation.oneOf(body.invokeMode(), "invokeMode", UrlConfig.BUFFERED, UrlConfig.RESPONSE_STREAM);
        return ApiResponse.json(200, FunctionUrlConfig.of(target.arn(), target.function()
                .updateSetting(Setting.URL, target.settingKey(),
                        current -> current.update(body.authType(), body.cors(), body.invokeMode(), Timestamps.now()))
                .orElseThrow(ApiException::resourceNotFound)));
    }

    ApiResponse deleteFunctionUrlConfig(ApiRequest request) {
        FunctionTarget target = urlTarget(request, ApiException::resourceNotFound);
        target.function().removeSetting(Setting.URL, target.settingKey()).orElseThrow(ApiException::resourceNotFound);
        return ApiResponse.empty(204);
    }

    ApiResponse listFunctionUrlConfigs(ApiRequest request) {
        Pages.Page<FunctionUrlConfig> page = pageOf(request, Setting.URL, FunctionUrlConfig::of,
                (arn, qualifier) -> noFunctionForUrl());
        return ApiResponse.json(200, new ListFunctionUrlConfigsResponse(page.items(), page.nextMarker()));
    }

    private static String requiredAuthType(FunctionUrlConfigRequest body) {
        return Validation.required(Validation.oneOf(body.authType(), "authType", UrlConfig.AUTH_NONE, UrlConfig.AUTH_IAM), "authType");
    }

    /**
     * A function URL belongs to a function or one of its aliases, never to a version; {@code missing} answers for
     * a function or alias that does not exist.
     */
    private FunctionTarget urlTarget(ApiRequest request, Supplier<ApiException> missing) {
        Validation.pattern(request.query("Qualifier"), "qualifier", URL_QUALIFIER, 128);
        FunctionTarget target = FunctionTarget.of(request, stores, (arn, qualifier) -> missing.get());
        if (target.qualifier() != null) {
            Validation.pattern(target.qualifier(), "qualifier", URL_QUALIFIER, 128);
            if (!target.function().hasAlias(target.qualifier())) {
                throw missing.get();
            }
        }
        return target;
    }

    private static ApiException noFunctionForUrl() {
        return ApiException.notFound("Function does not exist");
    }

    /** A page of the values of a setting of the function and its qualifiers, each with the ARN it belongs to. */
    private <T, W> Pages.Page<W> pageOf(ApiRequest request, Setting<T> setting, BiFunction<String, T, W> wire,
                                        FunctionTarget.Missing missing) {
        Function function = FunctionTarget.unqualified(request, stores, missing).function();
        List<Map.Entry<String, T>> entries = List.copyOf(function.settings(setting).entrySet());
        Pages.Page<Map.Entry<String, T>> page = Pages.of(entries, Map.Entry::getKey, request);
        return new Pages.Page<>(page.items().stream().map(entry -> wire.apply(function.arn(
                entry.getKey().equals(Function.UNQUALIFIED) ? null : entry.getKey()), entry.getValue())).toList(),
                page.nextMarker());
    }
}
