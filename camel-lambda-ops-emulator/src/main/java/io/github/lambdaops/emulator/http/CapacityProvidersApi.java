package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.CapacityProvider;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CapacityProviderDocument;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CapacityProviderRequest;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.CapacityProviderResponse;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.ListCapacityProvidersResponse;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.ListFunctionVersionsByCapacityProviderResponse;

import java.util.List;

/**
 * Capacity providers (Lambda Managed Instances): stored with their State (Pending, then Active after the state
 * transition delay). No instances are launched, so no function version ever runs on one.
 */
final class CapacityProvidersApi {
    private final Stores stores;

    CapacityProvidersApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse createCapacityProvider(ApiRequest request) {
        CapacityProviderRequest body = request.bodyAs(CapacityProviderRequest.class);
        String name = Validation.requiredPattern(body.capacityProviderName(), "capacityProviderName", Arns.NAME, 140);
        if (body.vpcConfig() == null || body.vpcConfig().subnetIds() == null) {
            Validation.required(null, "vpcConfig.subnetIds");
        }
        Validation.requiredPattern(body.permissionsConfig() == null ? null
                        : body.permissionsConfig().capacityProviderOperatorRoleArn(),
                "permissionsConfig.capacityProviderOperatorRoleArn", Arns.ROLE, 2048);
        validateScalingMode(body);
        LambdaStore store = stores.of(request.region());
        CapacityProvider provider = new CapacityProvider(name,
                Arns.capacityProvider(store.region(), store.accountId(), name),
                stores.transitions().immediate() ? CapacityProvider.ACTIVE : CapacityProvider.PENDING,
                body.vpcConfig(), body.permissionsConfig(), body.instanceRequirements(),
                body.capacityProviderScalingConfig(), body.kmsKeyArn(), body.propagateTags(), body.telemetryConfig(),
                Timestamps.now());
        return ApiResponse.json(202, CapacityProviderResponse.of(store.add(provider, Validation.tags(body.tags()))));
    }

    ApiResponse getCapacityProvider(ApiRequest request) {
        return ApiResponse.json(200, CapacityProviderResponse.of(stores.of(request.region())
                .capacityProvider(nameOf(request))));
    }

    ApiResponse updateCapacityProvider(ApiRequest request) {
        CapacityProviderRequest body = request.bodyAs(CapacityProviderRequest.class);
        validateScalingMode(body);
        return ApiResponse.json(202, CapacityProviderResponse.of(stores.of(request.region()).updateCapacityProvider(nameOf(request),
                current -> current.update(body.capacityProviderScalingConfig(), body.propagateTags(),
                        body.telemetryConfig(), Timestamps.now()))));
    }

    ApiResponse deleteCapacityProvider(ApiRequest request) {
        return ApiResponse.json(202, CapacityProviderResponse.of(stores.of(request.region())
                .deleteCapacityProvider(nameOf(request))));
    }

    ApiResponse listCapacityProviders(ApiRequest request) {
        String state = request.query("State");
        List<CapacityProvider> providers = stores.of(request.region()).capacityProviders().stream()
                .filter(provider -> state == null || state.isEmpty() || state.equals(provider.state())).toList();
        Pages.Page<CapacityProvider> page = Pages.of(providers, CapacityProvider::arn, request);
        return ApiResponse.json(200, new ListCapacityProvidersResponse(
                page.items().stream().map(CapacityProviderDocument::of).toList(), page.nextMarker()));
    }

    /** No function version runs on a capacity provider in the emulator, so the list is always empty. */
    ApiResponse listFunctionVersionsByCapacityProvider(ApiRequest request) {
        CapacityProvider provider = stores.of(request.region()).capacityProvider(nameOf(request));
        return ApiResponse.json(200, new ListFunctionVersionsByCapacityProviderResponse(provider.arn(), List.of()));
    }

    private static void validateScalingMode(CapacityProviderRequest body) {
        if (body.capacityProviderScalingConfig() != null) {
            Validation.oneOf(body.capacityProviderScalingConfig().scalingMode(), "scalingMode", "Auto", "Manual");
        }
    }

    /** The provider's name, given as such or in its ARN. */
    private static String nameOf(ApiRequest request) {
        String name = request.pathParameter("CapacityProviderName");
        return Arns.parse(name).filter(arn -> arn.kind() == Arns.Kind.CAPACITY_PROVIDER).map(Arns.LambdaArn::name)
                .orElseGet(() -> Validation.requiredPattern(name, "capacityProviderName", Arns.NAME, 140));
    }
}
