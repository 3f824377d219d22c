package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.FunctionStore;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.github.lambdaops.emulator.http.Validation.document;

/** Code signing configs: stored and attached to functions; deployment packages are never verified against them. */
final class CodeSigningConfigsApi {
    static final String KIND = "code-signing-config";

    private final FunctionStore store;

    CodeSigningConfigsApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse createCodeSigningConfig(ApiRequest request) {
        Body body = Body.of(request);
        String id = "csc-" + HexFormat.of().formatHex(randomBytes()).substring(0, 17);
        String arn = Arns.codeSigningConfig(request.region(), store.accountId(), id);
        Map<String, Object> config = new LinkedHashMap<>(document("CodeSigningConfigId", id, "CodeSigningConfigArn", arn,
                "Description", ""));
        config.putAll(validated(body));
        config.putIfAbsent("CodeSigningPolicies", Map.of("UntrustedArtifactOnDeployment", "Warn"));
        config.put("LastModified", Timestamps.now());
        if (!config.containsKey("AllowedPublishers")) {
            throw ApiException.required("allowedPublishers");
        }
        Map<String, String> tags = body.stringMap("Tags");
        Map<String, Object> created = store.resources().put(KIND, arn, config);
        if (tags != null) {
            store.tags().tag(arn, tags);
        }
        return ApiResponse.json(201, Map.of("CodeSigningConfig", created));
    }

    ApiResponse getCodeSigningConfig(ApiRequest request) {
        return ApiResponse.json(200, Map.of("CodeSigningConfig", require(store, arnOf(request))));
    }

    ApiResponse updateCodeSigningConfig(ApiRequest request) {
        Map<String, Object> changes = validated(Body.of(request));
        return ApiResponse.json(200, Map.of("CodeSigningConfig", store.resources().update(KIND, arnOf(request),
                current -> {
                    Map<String, Object> updated = new LinkedHashMap<>(current);
                    updated.putAll(changes);
                    updated.put("LastModified", Timestamps.now());
                    return updated;
                }, () -> notFound(arnOf(request)))));
    }

    ApiResponse deleteCodeSigningConfig(ApiRequest request) {
        String arn = arnOf(request);
        require(store, arn);
        if (!functionArnsUsing(arn).isEmpty()) {
            throw ApiException.conflict("The code signing config " + arn + " cannot be deleted because functions"
                    + " use it: " + functionArnsUsing(arn));
        }
        store.resources().remove(KIND, arn);
        store.tags().forget(arn);
        return ApiResponse.empty(204);
    }

    ApiResponse listCodeSigningConfigs(ApiRequest request) {
        String regionPart = ":lambda:" + request.region() + ":";
        List<Map<String, Object>> configs = store.resources().list(KIND, arn -> arn.contains(regionPart));
        Pages.Page<Map<String, Object>> page = Pages.of(configs, config -> (String) config.get("CodeSigningConfigArn"),
                request);
        return ApiResponse.json(200, document("CodeSigningConfigs", page.items(), "NextMarker", page.nextMarker()));
    }

    ApiResponse listFunctionsByCodeSigningConfig(ApiRequest request) {
        String arn = arnOf(request);
        require(store, arn);
        Pages.Page<String> page = Pages.of(functionArnsUsing(arn), functionArn -> functionArn, request);
        return ApiResponse.json(200, document("FunctionArns", page.items(), "NextMarker", page.nextMarker()));
    }

    /** The stored config with that ARN, or CodeSigningConfigNotFoundException. */
    static Map<String, Object> require(FunctionStore store, String arn) {
        return store.resources().require(KIND, arn, () -> notFound(arn));
    }

    private List<String> functionArnsUsing(String arn) {
        return store.resources().entries(FunctionConfigsApi.CODE_SIGNING, key -> true).stream()
                .filter(entry -> arn.equals(entry.getValue().get("CodeSigningConfigArn")))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, Object> validated(Body body) {
        body.pattern("Description", "(?s).*", 256);
        List<String> profiles = body.object("AllowedPublishers").strings("SigningProfileVersionArns");
        if (body.has("AllowedPublishers")) {
            if (profiles == null || profiles.isEmpty() || profiles.size() > 20) {
                throw ApiException.constraintViolation(profiles, "allowedPublishers.signingProfileVersionArns",
                        "Member must have length less than or equal to 20, Member must have length greater than or"
                                + " equal to 1");
            }
            profiles.forEach(profile -> Validation.pattern(profile, "allowedPublishers.signingProfileVersionArns",
                    Arns.ANY_RESOURCE, 1024));
        }
        body.object("CodeSigningPolicies").oneOf("UntrustedArtifactOnDeployment", "Warn", "Enforce");
        return body.pick("Description", "AllowedPublishers", "CodeSigningPolicies");
    }

    private static String arnOf(ApiRequest request) {
        return Validation.pattern(request.pathParameter("CodeSigningConfigArn"), "codeSigningConfigArn",
                Arns.CODE_SIGNING_CONFIG, 200);
    }

    private static ApiException notFound(String arn) {
        return new ApiException(ErrorType.CODE_SIGNING_CONFIG_NOT_FOUND, "The code signing configuration cannot be"
                + " found. Check that the provided configuration is not deleted: " + arn + ".");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[9];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
