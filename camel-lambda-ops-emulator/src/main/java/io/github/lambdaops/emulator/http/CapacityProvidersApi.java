package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.lambdaops.emulator.http.Validation.document;

/**
 * Capacity providers (Lambda Managed Instances): stored with their State (Pending, then Active after the state
 * transition delay). No instances are launched, so no function version ever runs on one.
 */
final class CapacityProvidersApi {
    static final String KIND = "capacity-provider";
    private static final String NAME_PATTERN = "[a-zA-Z0-9-_]+";

    private final FunctionStore store;

    CapacityProvidersApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse createCapacityProvider(ApiRequest request) {
        Body body = Body.of(request);
        String name = Validation.pattern(body.string("CapacityProviderName"), "capacityProviderName", NAME_PATTERN, 140);
        if (body.object("VpcConfig").strings("SubnetIds") == null) {
            throw ApiException.required("vpcConfig.subnetIds");
        }
        Validation.pattern(body.object("PermissionsConfig").string("CapacityProviderOperatorRoleArn"),
                "permissionsConfig.capacityProviderOperatorRoleArn", Arns.ROLE, 2048);
        body.object("CapacityProviderScalingConfig").oneOf("ScalingMode", "Auto", "Manual");
        String arn = arnOf(request.region(), name);
        Map<String, Object> provider = new LinkedHashMap<>(document("CapacityProviderArn", arn,
                "State", store.transitions().immediate() ? "Active" : "Pending"));
        provider.putAll(body.pick("VpcConfig", "PermissionsConfig", "InstanceRequirements",
                "CapacityProviderScalingConfig", "KmsKeyArn", "PropagateTags", "TelemetryConfig"));
        provider.put("LastModified", Timestamps.now());
        Map<String, Object> created = store.resources().create(KIND, arn, provider,
                () -> ApiException.conflict("Capacity provider " + name + " already exists: " + arn));
        Map<String, String> tags = body.stringMap("Tags");
        if (tags != null) {
            store.tags().tag(arn, tags);
        }
        store.transitions().after(() -> store.resources().updateIfPresent(KIND, arn, current -> {
            if (!"Pending".equals(current.get("State"))) {
                return current;
            }
            Map<String, Object> active = new LinkedHashMap<>(current);
            active.put("State", "Active");
            return active;
        }));
        return ApiResponse.json(202, Map.of("CapacityProvider", created));
    }

    ApiResponse getCapacityProvider(ApiRequest request) {
        return ApiResponse.json(200, Map.of("CapacityProvider", require(request)));
    }

    ApiResponse updateCapacityProvider(ApiRequest request) {
        Body body = Body.of(request);
        body.object("CapacityProviderScalingConfig").oneOf("ScalingMode", "Auto", "Manual");
        String arn = arnOf(request);
        Map<String, Object> updated = store.resources().update(KIND, arn, current -> {
            Map<String, Object> changed = new LinkedHashMap<>(current);
            changed.putAll(body.pick("CapacityProviderScalingConfig", "PropagateTags", "TelemetryConfig"));
            changed.put("LastModified", Timestamps.now());
            return changed;
        }, () -> notFound(arn));
        return ApiResponse.json(202, Map.of("CapacityProvider", updated));
    }

    ApiResponse deleteCapacityProvider(ApiRequest request) {
        String arn = arnOf(request);
        Map<String, Object> deleted = store.resources().remove(KIND, arn).orElseThrow(() -> notFound(arn));
        store.tags().forget(arn);
        Map<String, Object> deleting = new LinkedHashMap<>(deleted);
        deleting.put("State", "Deleting");
        return ApiResponse.json(202, Map.of("CapacityProvider", deleting));
    }

    ApiResponse listCapacityProviders(ApiRequest request) {
        String state = request.query("State");
        String regionPart = ":lambda:" + request.region() + ":";
        List<Map<String, Object>> providers = store.resources().list(KIND, arn -> arn.contains(regionPart)).stream()
                .filter(provider -> state == null || state.isEmpty() || state.equals(provider.get("State"))).toList();
        Pages.Page<Map<String, Object>> page = Pages.of(providers, provider -> (String) provider.get("CapacityProviderArn"),
                request);
        return ApiResponse.json(200, document("CapacityProviders", page.items(), "NextMarker", page.nextMarker()));
    }

    /** No function version runs on a capacity provider in the emulator, so the list is always empty. */
    ApiResponse listFunctionVersionsByCapacityProvider(ApiRequest request) {
        Map<String, Object> provider = require(request);
        return ApiResponse.json(200, document("CapacityProviderArn", provider.get("CapacityProviderArn"),
                "FunctionVersions", List.of()));
    }

    private Map<String, Object> require(ApiRequest request) {
        String arn = arnOf(request);
        return store.resources().require(KIND, arn, () -> notFound(arn));
    }

    private String arnOf(ApiRequest request) {
        String name = request.pathParameter("CapacityProviderName");
        if (name != null && name.startsWith("arn:")) {
            return name;
        }
        return arnOf(request.region(), Validation.pattern(name, "capacityProviderName", NAME_PATTERN, 140));
    }

    private String arnOf(String region, String name) {
        return Arns.capacityProvider(region, store.accountId(), name);
    }

    private static ApiException notFound(String arn) {
        return ApiException.notFound("Capacity provider not found: " + arn);
    }
}
