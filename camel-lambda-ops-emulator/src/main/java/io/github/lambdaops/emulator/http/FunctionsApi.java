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
import java.util.List;
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
        if (reference.qualifier() != null) {
            throw ApiException.invalidParameter("A function name with a qualifier cannot be created: "
                    + body.functionName());
        }
        FunctionVersion created = FunctionFactory.latestOf(body, reference.name(), store.region(), store.accountId());
        FunctionVersion latest = created.withConfiguration(created.configuration().toBuilder()
                .layers(layersOf(body.layers())).build());
        Function function = new Function(store.region(), store.accountId(), latest, store.transitions());
        store.add(function, Validation.tags(body.tags()));
        FunctionVersion answered = Boolean.TRUE.equals(body.publish())
                ? function.publish(null, null, null, Timestamps.now()).answeredAs(function.arn()) : function.latest();
        return ApiResponse.configuration(201, answered);
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
        return ApiResponse.json(200, new ListVersionsResponse(page.nextMarker(), configurations(page.items())));
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
        }, code, body.revisionId(), Timestamps.now());
        invocations.unload(function.arn());
        if (Boolean.TRUE.equals(body.publish())) {
            updated = function.publish(null, null, null, Timestamps.now());
        }
        return ApiResponse.configuration(200, updated);
    }

    ApiResponse updateFunctionConfiguration(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        Function function = target.function();
        UpdateFunctionConfigurationRequest body = request.bodyAs(UpdateFunctionConfigurationRequest.class);
        CreateFunctionValidator.validateUpdate(body);
        FunctionVersion updated = function.update(configuration -> {
            apply(body, configuration, function.name());
            return body.layers() != null ? configuration.layers(layersOf(body.layers())) : configuration;
        }, null, body.revisionId(), Timestamps.now());
        invocations.unload(function.arn());
        return ApiResponse.configuration(200, updated);
    }

    private static FunctionConfiguration.Builder apply(UpdateFunctionConfigurationRequest body,
                                                       FunctionConfiguration.Builder configuration, String name) {
        Optional.ofNullable(body.role()).ifPresent(configuration::role);
        Optional.ofNullable(body.handler()).ifPresent(configuration::handler);
        Optional.ofNullable(body.description()).ifPresent(configuration::description);
        Optional.ofNullable(body.timeout()).ifPresent(configuration::timeout);
        Optional.ofNullable(body.memorySize()).ifPresent(configuration::memorySize);
        Optional.ofNullable(body.vpcConfig()).map(FunctionFactory::vpcConfigOf).ifPresent(configuration::vpcConfig);
        Optional.ofNullable(body.environment()).ifPresent(configuration::environment);
        Optional.ofNullable(body.runtime()).ifPresent(configuration::runtime);
        Optional.ofNullable(body.deadLetterConfig()).ifPresent(configuration::deadLetterConfig);
        Optional.ofNullable(body.kmsKeyArn()).ifPresent(configuration::kmsKeyArn);
        Optional.ofNullable(body.tracingConfig()).ifPresent(configuration::tracingConfig);
        Optional.ofNullable(body.ephemeralStorage()).ifPresent(configuration::ephemeralStorage);
        Optional.ofNullable(body.snapStart())
                .map(snapStart -> new FunctionConfiguration.SnapStart(
                        snapStart.applyOn() != null ? snapStart.applyOn() : "None", "Off"))
                .ifPresent(configuration::snapStart);
        Optional.ofNullable(body.loggingConfig()).map(logging -> FunctionFactory.loggingConfigOf(logging, name))
                .ifPresent(configuration::loggingConfig);
        return configuration;
    }

    /** A function's layers, with the size of those this emulator holds. */
    private List<FunctionConfiguration.Layer> layersOf(List<String> arns) {
        return arns == null ? null : arns.stream().map(arn -> new FunctionConfiguration.Layer(arn,
                stores.layerVersion(arn).map(LayerVersion::codeSize).orElse(0L))).toList();
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

    private static String codeLocation(ApiRequest request, FunctionVersion version) {
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
