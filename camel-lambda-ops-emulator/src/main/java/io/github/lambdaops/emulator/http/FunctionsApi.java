package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.http.model.CreateFunctionRequest;
import io.github.lambdaops.emulator.http.model.FunctionSettingsMessages.FunctionConcurrency;
import io.github.lambdaops.emulator.http.model.GetFunctionResponse;
import io.github.lambdaops.emulator.http.model.GetFunctionResponse.CodeLocation;
import io.github.lambdaops.emulator.http.model.ListFunctionsResponse;
import io.github.lambdaops.emulator.http.model.ListVersionsResponse;
import io.github.lambdaops.emulator.http.model.PublishVersionRequest;
import io.github.lambdaops.emulator.http.model.UpdateFunctionCodeRequest;
import io.github.lambdaops.emulator.http.model.UpdateFunctionConfigurationRequest;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Setting;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.LayerVersion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The actions on functions and their versions. */
final class FunctionsApi {
    private final Stores stores;
    private final InvocationService invocations;

    FunctionsApi(Stores stores, InvocationService invocations) {
        this.stores = stores;
        this.invocations = invocations;
    }

    ApiResponse createFunction(ApiRequest request) {
        CreateFunctionRequest body = request.bodyAs(CreateFunctionRequest.class);
        CreateFunctionValidator.validate(body);
        Arns.FunctionRef reference = Arns.resolveNewFunction(body.functionName(), "functionName", request.region(),
                stores.accountId());
        LambdaStore store = stores.of(reference);
        if (!reference.account().equals(request.accountId())) {
            String arn = Arns.function(store.region(), reference.account(), reference.name());
            throw new ApiException(ErrorType.ACCESS_DENIED, "User: " + Arns.accountRoot(request.accountId())
                    + " is not authorized to perform: lambda:CreateFunction on resource: " + arn
                    + " because no resource-based policy allows the lambda:CreateFunction action");
        }
        if (reference.qualifier() != null) {
            throw ApiException.invalidParameter("A function name with a qualifier cannot be created: "
                    + body.functionName());
        }
        FunctionVersion created = FunctionFactory.latestOf(body, reference.name(), store.region(), store.accountId());
        FunctionVersion latest = created.withConfiguration(created.configuration().toBuilder()
                .layers(layersOf(body.layers(), store)).build());
        Function function = new Function(store.region(), store.accountId(), latest, store.transitions());
        store.add(function, Validation.tags(body.tags()));
        boolean publish = Boolean.TRUE.equals(body.publish());
        FunctionVersion answered = function.created(publish, Timestamps.now());
        // AWS answers a function created with Publish=true under its unqualified ARN, with Version 1
        return ApiResponse.configuration(201, publish ? answered.answeredAs(function.arn()) : answered);
    }

    ApiResponse getFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        FunctionVersion version = target.answered();
        CodeLocation code = version.code().imageUri() != null
                ? new CodeLocation("ECR", null, version.code().imageUri(), version.code().imageUri())
                : new CodeLocation("S3", codeLocation(request, version), null, null);
        return ApiResponse.json(200, new GetFunctionResponse(Json.configurationOf(version), code,
                target.store().tagsOf(target.function()),
                target.function().setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED)
                        .map(FunctionConcurrency::new).orElse(null)));
    }

    ApiResponse getFunctionConfiguration(ApiRequest request) {
        return ApiResponse.configuration(200, FunctionTarget.of(request, stores).answered());
    }

    ApiResponse listFunctions(ApiRequest request) {
        String functionVersion = request.query("FunctionVersion");
        if (functionVersion != null && !"ALL".equals(functionVersion)) {
            throw ApiException.constraintViolation(functionVersion, "functionVersion",
                    "Member must satisfy enum value set: [ALL]");
        }
        String masterRegion = request.query("MasterRegion");
        if (masterRegion != null && !masterRegion.matches(Arns.MASTER_REGION)) {
            throw ApiException.constraintViolation(masterRegion, "masterRegion",
                    "Member must satisfy regular expression pattern: " + Arns.MASTER_REGION);
        }
        // MasterRegion lists the replicas of Lambda@Edge functions, which this emulator never has
        List<FunctionVersion> versions = masterRegion != null ? List.of() : stores.of(request.region()).functions().stream()
                .flatMap(function -> functionVersion != null ? listedVersions(function) : Stream.of(function.latest()))
                .toList();
        Pages.Page<FunctionVersion> page = Pages.of(versions, FunctionsApi::sortKey, request);
        return ApiResponse.json(200, new ListFunctionsResponse(page.nextMarker(), configurations(page.items())));
    }

    ApiResponse listVersionsByFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        Pages.Page<FunctionVersion> page = Pages.of(listedVersions(target.function()).toList(), FunctionsApi::sortKey,
                request);
        // AWS lists versions without their State and LastUpdateStatus
        return ApiResponse.json(200, new ListVersionsResponse(page.nextMarker(), page.items().stream()
                .map(version -> version.configuration().toBuilder().state(null, null, null)
                        .lastUpdateStatus(null, null, null).build()).toList()));
    }

    /** Deletes the function, or one of its versions; a version that does not exist is deleted already. */
    ApiResponse deleteFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, (arn, qualifier) -> Arns.LATEST.equals(qualifier)
                ? ApiException.latestNotDeletable() : ApiException.functionNotFound(arn));
        Function function = target.function();
        if (target.qualifier() == null) {
            target.store().remove(function.name());
            invocations.unload(function.arn());
        } else {
            function.deleteVersion(target.qualifier())
                    .ifPresent(deleted -> invocations.unload(deleted.configuration().functionArn()));
        }
        return ApiResponse.empty(204);
    }

    ApiResponse updateFunctionCode(ApiRequest request) {
        Function function = FunctionTarget.of(request, stores).function();
        UpdateFunctionCodeRequest body = request.bodyAs(UpdateFunctionCodeRequest.class);
        boolean image = "Image".equals(function.latest().configuration().packageType());
        FunctionCode code = codeOf(body, image);
        CreateFunctionValidator.architectures(body.architectures());
        if (Boolean.TRUE.equals(body.dryRun())) {
            return ApiResponse.configuration(200, function.latest());
        }
        FunctionVersion updated = function.update(configuration -> {
            configuration.codeSha256(FunctionFactory.codeSha256(code)).codeSize(code.hasZip() ? code.zipFile().length : 0);
            if (body.architectures() != null) {
                configuration.architectures(List.copyOf(body.architectures()));
            }
            return configuration;
        }, code, body.revisionId(), Timestamps.now(), Boolean.TRUE.equals(body.publish()));
        invocations.unload(function.arn());
        return ApiResponse.configuration(200, updated);
    }

    ApiResponse updateFunctionConfiguration(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        Function function = target.function();
        UpdateFunctionConfigurationRequest body = request.bodyAs(UpdateFunctionConfigurationRequest.class);
        CreateFunctionValidator.validateUpdate(body);
        FunctionVersion updated = function.update(configuration -> {
            apply(body, configuration, function);
            return body.layers() != null ? configuration.layers(layersOf(body.layers(), target.store())) : configuration;
        }, null, body.revisionId(), Timestamps.now(), false);
        invocations.unload(function.arn());
        return ApiResponse.configuration(200, updated);
    }

    private static FunctionConfiguration.Builder apply(UpdateFunctionConfigurationRequest body,
                                                       FunctionConfiguration.Builder configuration, Function function) {
        Optional.ofNullable(body.role()).ifPresent(configuration::role);
        Optional.ofNullable(body.handler()).ifPresent(configuration::handler);
        Optional.ofNullable(body.description()).ifPresent(configuration::description);
        Optional.ofNullable(body.timeout()).ifPresent(configuration::timeout);
        Optional.ofNullable(body.memorySize()).ifPresent(configuration::memorySize);
        Optional.ofNullable(body.vpcConfig()).map(FunctionFactory::vpcConfigOf).ifPresent(configuration::vpcConfig);
        Optional.ofNullable(body.environment()).ifPresent(configuration::environment);
        Optional.ofNullable(body.runtime()).ifPresent(runtime -> configuration.runtime(runtime)
                .runtimeVersionConfig(FunctionFactory.runtimeVersionOf(function.region(), runtime)));
        Optional.ofNullable(body.deadLetterConfig()).ifPresent(configuration::deadLetterConfig);
        Optional.ofNullable(body.kmsKeyArn()).ifPresent(configuration::kmsKeyArn);
        Optional.ofNullable(body.tracingConfig()).ifPresent(configuration::tracingConfig);
        Optional.ofNullable(body.ephemeralStorage()).ifPresent(configuration::ephemeralStorage);
        Optional.ofNullable(body.snapStart())
                .map(snapStart -> new FunctionConfiguration.SnapStart(
                        snapStart.applyOn() != null ? snapStart.applyOn() : "None", "Off"))
                .ifPresent(configuration::snapStart);
        Optional.ofNullable(body.loggingConfig()).map(logging -> FunctionFactory.loggingConfigOf(logging, function.name()))
                .ifPresent(configuration::loggingConfig);
        return configuration;
    }

    /**
     * A function's layers, with the size of those this emulator holds. AWS refuses two versions of one layer,
     * layers of another region, and layer versions of the function's account that do not exist (here: neither
     * published nor given by the emulator's layer contents).
     */
    private List<FunctionConfiguration.Layer> layersOf(List<String> arns, LambdaStore store) {
        if (arns == null) {
            return null;
        }
        Map<String, String> byLayer = new HashMap<>();
        for (String arn : arns) {
            String layerArn = arn.substring(0, arn.lastIndexOf(':'));
            String other = byLayer.putIfAbsent(layerArn, arn);
            if (other != null) {
                throw ApiException.invalidParameter("Two different versions of the same layer are not allowed to be"
                        + " referenced in the same function. " + other + " and " + arn
                        + " are versions of the same layer.");
            }
        }
        return arns.stream().map(arn -> {
            // an AWS-managed layer (arn:aws:lambda:::awslayer:NAME) passes the pattern, but the emulator has none
            Arns.LambdaArn parsed = Arns.parse(arn).orElseThrow(() -> ApiException.invalidParameter("Layer version "
                    + arn + " does not exist."));
            if (!parsed.region().equals(store.region())) {
                throw ApiException.invalidParameter("Layers are not in the same region as the function. Layers are"
                        + " expected to be in region " + store.region() + ".");
            }
            Optional<LayerVersion> version = stores.layerVersion(arn);
            if (version.isEmpty() && parsed.account().equals(store.accountId()) && !invocations.hasLayer(arn)) {
                throw ApiException.invalidParameter("Layer version " + arn + " does not exist.");
            }
            return new FunctionConfiguration.Layer(arn, version.map(LayerVersion::codeSize).orElse(0L));
        }).toList();
    }

    private static FunctionCode codeOf(UpdateFunctionCodeRequest body, boolean image) {
        if (image) {
            if (body.imageUri() == null || body.zipFile() != null || body.s3Bucket() != null) {
                throw ApiException.invalidParameter("Please provide ImageUri when updating a function with"
                        + " packageType Image.");
            }
            return new FunctionCode(null, null, null, null, body.imageUri());
        }
        if (body.imageUri() != null) {
            throw ApiException.invalidParameter("Please don't provide ImageUri when updating a function with"
                    + " packageType Zip.");
        }
        if (body.zipFile() != null) {
            CreateFunctionValidator.validateZip(body.zipFile());
            return new FunctionCode(body.zipFile(), null, null, null, null);
        }
        if (body.s3Bucket() == null || body.s3Key() == null) {
            throw ApiException.invalidParameter("Please provide a source for function code: ZipFile, or S3Bucket"
                    + " and S3Key.");
        }
        return new FunctionCode(null, body.s3Bucket(), body.s3Key(), body.s3ObjectVersion(), null);
    }

    ApiResponse publishVersion(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        PublishVersionRequest body = request.bodyAs(PublishVersionRequest.class);
        FunctionVersion published = target.function().publishSettled(body.codeSha256(), body.revisionId(),
                body.description(), Timestamps.now());
        return ApiResponse.configuration(201, published);
    }

    /** Not part of the Lambda API: serves a function's zip at the {@code Code.Location} GetFunction gives. */
    ApiResponse downloadCode(ApiRequest request) {
        FunctionVersion version = FunctionTarget.of(request, stores).resolved();
        if (!version.code().hasZip()) {
            throw ApiException.notFound("The emulator holds no zip for " + version.configuration().functionArn()
                    + ": its code is " + version.code().describe());
        }
        return ApiResponse.raw(200, "application/zip", version.code().zipFile());
    }

    /** Where the zip is served, or the directory of hot-reload code ({@code file:///...}), which is its package. */
    private static String codeLocation(ApiRequest request, FunctionVersion version) {
        if (version.code().isHotReload()) {
            return version.code().directory().toUri().toString();
        }
        String host = request.header("Host") != null ? request.header("Host") : "127.0.0.1";
        return "http://" + host + "/_lambda-ops/code/"
                + URLEncoder.encode(version.configuration().functionArn(), StandardCharsets.UTF_8);
    }

    /** A function's versions as listed: $LATEST under its qualified ARN, as AWS lists it. */
    private static Stream<FunctionVersion> listedVersions(Function function) {
        return function.versions().stream().map(version -> version.isLatest()
                ? version.answeredAs(function.arn(Arns.LATEST)) : version);
    }

    private static List<FunctionConfiguration> configurations(List<FunctionVersion> versions) {
        return versions.stream().map(FunctionVersion::configuration).toList();
    }

    /** Sorts as the store lists functions (by name), then $LATEST before versions 1, 2, ... */
    private static String sortKey(FunctionVersion version) {
        long number = version.isLatest() ? 0 : Long.parseLong(version.version());
        return version.name() + '\u0000' + String.format("%010d", number);
    }
}
