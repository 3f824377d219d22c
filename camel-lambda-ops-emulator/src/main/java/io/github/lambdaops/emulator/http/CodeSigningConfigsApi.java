package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.CodeSigningConfig;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CodeSigningConfigDocument;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CodeSigningConfigRequest;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CodeSigningConfigResponse;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.ListCodeSigningConfigsResponse;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.ListFunctionsByCodeSigningConfigResponse;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Code signing configs: stored and attached to functions; deployment packages are never verified against them. */
final class CodeSigningConfigsApi {
    private static final CodeSigningConfig.CodeSigningPolicies WARN = new CodeSigningConfig.CodeSigningPolicies("Warn");

    private final Stores stores;

    CodeSigningConfigsApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse createCodeSigningConfig(ApiRequest request) {
        CodeSigningConfigRequest body = validated(request.bodyAs(CodeSigningConfigRequest.class));
        Validation.required(body.allowedPublishers(), "allowedPublishers");
        LambdaStore store = stores.of(request.region());
        String id = "csc-" + HexFormat.of().formatHex(randomBytes()).substring(0, 17);
        CodeSigningConfig config = new CodeSigningConfig(id, Arns.codeSigningConfig(store.region(), store.accountId(), id),
                body.description() != null ? body.description() : "", body.allowedPublishers(),
                body.codeSigningPolicies() != null ? body.codeSigningPolicies() : WARN, Timestamps.now());
        return ApiResponse.json(201, CodeSigningConfigResponse.of(store.add(config, Validation.tags(body.tags()))));
    }

    ApiResponse getCodeSigningConfig(ApiRequest request) {
        return ApiResponse.json(200, CodeSigningConfigResponse.of(
                stores.of(request.region()).codeSigningConfig(arnOf(request))));
    }

    ApiResponse updateCodeSigningConfig(ApiRequest request) {
        CodeSigningConfigRequest body = validated(request.bodyAs(CodeSigningConfigRequest.class));
        return ApiResponse.json(200, CodeSigningConfigResponse.of(stores.of(request.region()).updateCodeSigningConfig(arnOf(request),
                current -> current.update(body.description(), body.allowedPublishers(), body.codeSigningPolicies(),
                        Timestamps.now()))));
    }

    ApiResponse deleteCodeSigningConfig(ApiRequest request) {
        stores.of(request.region()).deleteCodeSigningConfig(arnOf(request));
        return ApiResponse.empty(204);
    }

    ApiResponse listCodeSigningConfigs(ApiRequest request) {
        Pages.Page<CodeSigningConfig> page = Pages.of(stores.of(request.region()).codeSigningConfigs(),
                CodeSigningConfig::arn, request);
        return ApiResponse.json(200, new ListCodeSigningConfigsResponse(
                page.items().stream().map(CodeSigningConfigDocument::of).toList(), page.nextMarker()));
    }

    ApiResponse listFunctionsByCodeSigningConfig(ApiRequest request) {
        String arn = arnOf(request);
        LambdaStore store = stores.of(request.region());
        store.codeSigningConfig(arn);
        Pages.Page<String> page = Pages.of(store.functionArnsUsing(arn), functionArn -> functionArn, request);
        return ApiResponse.json(200, new ListFunctionsByCodeSigningConfigResponse(page.items(), page.nextMarker()));
    }

    private static CodeSigningConfigRequest validated(CodeSigningConfigRequest body) {
        Validation.maxLength(body.description(), "description", 256);
        if (body.allowedPublishers() != null) {
            String member = "allowedPublishers.signingProfileVersionArns";
            List<String> profiles = body.allowedPublishers().signingProfileVersionArns();
            Validation.size(profiles == null ? List.of() : profiles, member, 1, 20);
            profiles.forEach(profile -> Validation.requiredPattern(profile, member, Arns.ANY_RESOURCE, 1024));
        }
        if (body.codeSigningPolicies() != null) {
            Validation.oneOf(body.codeSigningPolicies().untrustedArtifactOnDeployment(),
                    "untrustedArtifactOnDeployment", "Warn", "Enforce");
        }
        return body;
    }

    private static String arnOf(ApiRequest request) {
        return Validation.requiredPattern(request.pathParameter("CodeSigningConfigArn"), "codeSigningConfigArn",
                Arns.CODE_SIGNING_CONFIG, 200);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[9];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
