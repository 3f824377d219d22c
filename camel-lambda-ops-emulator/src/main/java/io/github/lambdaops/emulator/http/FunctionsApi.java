package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.http.model.CreateFunctionRequest;
import io.github.lambdaops.emulator.http.model.GetFunctionResponse;
import io.github.lambdaops.emulator.http.model.GetFunctionResponse.CodeLocation;
import io.github.lambdaops.emulator.http.model.ListFunctionsResponse;
import io.github.lambdaops.emulator.http.model.ListVersionsResponse;
import io.github.lambdaops.emulator.http.model.PublishVersionRequest;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.state.ApiException;
import io.github.lambdaops.emulator.state.FunctionConfiguration;
import io.github.lambdaops.emulator.state.FunctionStore;
import io.github.lambdaops.emulator.state.FunctionVersion;
import io.github.lambdaops.emulator.state.LambdaFunction;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The actions on functions and their versions. */
final class FunctionsApi {
    private final FunctionStore store;
    private final InvocationService invocations;

    FunctionsApi(FunctionStore store, InvocationService invocations) {
        this.store = store;
        this.invocations = invocations;
    }

    ApiResponse createFunction(ApiRequest request) {
        CreateFunctionRequest body = request.bodyAs(CreateFunctionRequest.class);
        CreateFunctionValidator.validate(body);
        FunctionReference reference = FunctionReference.parse(body.functionName(), "functionName", request.region());
        if (reference.qualifier() != null) {
            throw ApiException.invalidParameter("A function name with a qualifier cannot be created: "
                    + body.functionName());
        }
        FunctionVersion latest = FunctionFactory.latestOf(body, reference.name(), reference.region(), store.accountId());
        LambdaFunction function = new LambdaFunction(reference.region(), store.accountId(), latest, body.tags());
        store.add(function);
        FunctionVersion created = Boolean.TRUE.equals(body.publish())
                ? function.publish(null, null, null, Timestamps.now()) : latest;
        return ApiResponse.json(201, created.configuration());
    }

    ApiResponse getFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        FunctionVersion version = target.version();
        CodeLocation code = version.code().imageUri() != null
                ? new CodeLocation("ECR", null, version.code().imageUri(), version.code().imageUri())
                : new CodeLocation("S3", codeLocation(request, version), null, null);
        return ApiResponse.json(200, new GetFunctionResponse(version.configuration(), code, target.function().tags()));
    }

    ApiResponse getFunctionConfiguration(ApiRequest request) {
        return ApiResponse.json(200, FunctionTarget.of(request, store).version().configuration());
    }

    ApiResponse listFunctions(ApiRequest request) {
        String functionVersion = request.query("FunctionVersion");
        if (functionVersion != null && !"ALL".equals(functionVersion)) {
            throw ApiException.constraintViolation(functionVersion, "functionVersion",
                    "Member must satisfy enum value set: [ALL]");
        }
        String masterRegion = request.query("MasterRegion");
        if (masterRegion != null && !masterRegion.matches("ALL|[a-z]{2}(-gov)?-[a-z]+-\\d{1}")) {
            throw ApiException.constraintViolation(masterRegion, "masterRegion",
                    "Member must satisfy regular expression pattern: ALL|[a-z]{2}(-gov)?-[a-z]+-\\d{1}");
        }
        // MasterRegion lists the replicas of Lambda@Edge functions, which this emulator never has
        List<FunctionVersion> versions = masterRegion != null ? List.of() : store.list(request.region()).stream()
                .flatMap(function -> functionVersion != null ? function.versions().stream() : Stream.of(function.latest()))
                .toList();
        Pages.Page<FunctionVersion> page = Pages.of(versions, FunctionsApi::sortKey, request);
        return ApiResponse.json(200, new ListFunctionsResponse(page.nextMarker(), configurations(page.items())));
    }

    ApiResponse listVersionsByFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        Pages.Page<FunctionVersion> page = Pages.of(target.function().versions(), FunctionsApi::sortKey, request);
        return ApiResponse.json(200, new ListVersionsResponse(page.nextMarker(), configurations(page.items())));
    }

    ApiResponse deleteFunction(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        LambdaFunction function = target.function();
        if (target.qualifier() == null) {
            store.remove(function.region(), function.name());
            invocations.unload(function.arn());
        } else {
            FunctionVersion deleted = function.deleteVersion(target.qualifier());
            invocations.unload(deleted.configuration().functionArn());
        }
        return ApiResponse.empty(204);
    }

    ApiResponse publishVersion(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        PublishVersionRequest body = request.bodyAs(PublishVersionRequest.class);
        FunctionVersion published = target.function().publish(body.codeSha256(), body.revisionId(),
                body.description(), Timestamps.now());
        return ApiResponse.json(201, published.configuration());
    }

    /** Not part of the Lambda API: serves a function's zip at the {@code Code.Location} GetFunction gives. */
    ApiResponse downloadCode(ApiRequest request) {
        FunctionVersion version = FunctionTarget.of(request, store).version();
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

    private static List<FunctionConfiguration> configurations(List<FunctionVersion> versions) {
        return versions.stream().map(FunctionVersion::configuration).toList();
    }

    /** Sorts as the store lists functions (by name), then $LATEST before versions 1, 2, ... */
    private static String sortKey(FunctionVersion version) {
        long number = version.isLatest() ? 0 : Long.parseLong(version.version());
        return version.name() + '\u0000' + String.format("%010d", number);
    }
}
