package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.Alias;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AliasMessages.AliasConfiguration;
import io.github.lambdaops.emulator.http.model.AliasMessages.AliasRequest;
import io.github.lambdaops.emulator.http.model.AliasMessages.ListAliasesResponse;
import io.github.lambdaops.emulator.http.model.AliasMessages.RoutingConfig;

import java.util.List;
import java.util.Map;

/** The actions on a function's aliases, whose routing weights Invoke honours (see {@link FunctionTarget}). */
final class AliasesApi {
    private static final String VERSION_PATTERN = "(\\$LATEST|[0-9]+)";

    private final Stores stores;

    AliasesApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse createAlias(ApiRequest request) {
        AliasRequest body = request.bodyAs(AliasRequest.class);
        String name = Validation.requiredPattern(body.name(), "name", Arns.ALIAS_NAME, 128);
        String version = Validation.requiredPattern(body.functionVersion(), "functionVersion", VERSION_PATTERN, 1024);
        // AWS names the version the alias would point at when the function does not exist
        Function function = FunctionTarget.of(request, stores,
                (arn, qualifier) -> ApiException.functionNotFound(Arns.qualify(arn, version))).function();
        Alias alias = function.createAlias(new Alias(name, version, description(body), weights(body.routingConfig()),
                Function.newRevisionId()));
        return ApiResponse.json(201, AliasConfiguration.of(function.arn(name), alias));
    }

    ApiResponse getAlias(ApiRequest request) {
        Function function = FunctionTarget.of(request, stores).function();
        String name = request.pathParameter("Name");
        return ApiResponse.json(200, AliasConfiguration.of(function.arn(name), function.alias(name)));
    }

    ApiResponse updateAlias(ApiRequest request) {
        Function function = FunctionTarget.of(request, stores).function();
        AliasRequest body = request.bodyAs(AliasRequest.class);
        Validation.pattern(body.functionVersion(), "functionVersion", VERSION_PATTERN, 1024);
        String description = body.description() != null ? description(body) : null;
        Map<String, Double> weights = body.routingConfig() != null ? weights(body.routingConfig()) : null;
        String name = request.pathParameter("Name");
        Alias updated = function.updateAlias(name, body.revisionId(), current -> new Alias(current.name(),
                body.functionVersion() != null ? body.functionVersion() : current.functionVersion(),
                description != null ? description : current.description(),
                weights != null ? weights : current.additionalVersionWeights(), Function.newRevisionId()));
        return ApiResponse.json(200, AliasConfiguration.of(function.arn(name), updated));
    }

    ApiResponse deleteAlias(ApiRequest request) {
        FunctionTarget.of(request, stores).function().deleteAlias(request.pathParameter("Name"));
        return ApiResponse.empty(204);
    }

    ApiResponse listAliases(ApiRequest request) {
        Function function = FunctionTarget.of(request, stores).function();
        String version = request.query("FunctionVersion");
        List<Alias> aliases = function.aliases().stream()
                .filter(alias -> version == null || version.isEmpty() || alias.functionVersion().equals(version)
                        || alias.additionalVersionWeights().containsKey(version))
                .toList();
        Pages.Page<Alias> page = Pages.of(aliases, Alias::name, request);
        return ApiResponse.json(200, new ListAliasesResponse(page.nextMarker(),
                page.items().stream().map(alias -> AliasConfiguration.of(function.arn(alias.name()), alias)).toList()));
    }

    private static String description(AliasRequest body) {
        String description = Validation.maxLength(body.description(), "description", 256);
        return description == null ? "" : description;
    }

    /** {@code RoutingConfig.AdditionalVersionWeights}: at most one other version, with a weight in 0..1. */
    private static Map<String, Double> weights(RoutingConfig routing) {
        Map<String, Double> weights = routing == null || routing.additionalVersionWeights() == null ? Map.of()
                : routing.additionalVersionWeights();
        String member = "routingConfig.additionalVersionWeights";
        if (!weights.keySet().stream().allMatch(version -> version.length() <= 1024 && version.matches("[0-9]+"))) {
            throw ApiException.constraintViolation(weights, member, "Map keys must satisfy constraint: "
                    + List.of(Validation.stringConstraints(1, 1024, "[0-9]+")));
        }
        if (!weights.values().stream().allMatch(weight -> weight != null && weight >= 0 && weight <= 1)) {
            throw ApiException.constraintViolation(weights, member, "Map value must satisfy constraint: [Member must"
                    + " have value less than or equal to 1.0, Member must have value greater than or equal to 0.0,"
                    + " Member must not be null]");
        }
        if (weights.size() > 1) {
            throw ApiException.invalidParameter("Number of items in AdditionalVersionWeights cannot be greater than 1");
        }
        return weights;
    }
}
