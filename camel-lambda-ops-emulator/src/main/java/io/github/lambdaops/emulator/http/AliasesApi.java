package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.Alias;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.LambdaFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.lambdaops.emulator.http.Validation.document;

/** The actions on a function's aliases, whose routing weights Invoke honours (see {@link FunctionTarget}). */
final class AliasesApi {
    private static final String VERSION_PATTERN = "(\\$LATEST|[0-9]+)";

    private final FunctionStore store;

    AliasesApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse createAlias(ApiRequest request) {
        LambdaFunction function = FunctionTarget.of(request, store).function();
        Body body = Body.of(request);
        String name = Validation.pattern(body.string("Name"), "name", Arns.ALIAS_NAME, 128);
        String version = Validation.pattern(body.string("FunctionVersion"), "functionVersion", VERSION_PATTERN, 1024);
        Alias alias = function.createAlias(new Alias(name, version, description(body), weights(body),
                LambdaFunction.newRevisionId()));
        return ApiResponse.json(201, documentOf(function, alias));
    }

    ApiResponse getAlias(ApiRequest request) {
        LambdaFunction function = FunctionTarget.of(request, store).function();
        return ApiResponse.json(200, documentOf(function, function.alias(request.pathParameter("Name"))));
    }

    ApiResponse updateAlias(ApiRequest request) {
        LambdaFunction function = FunctionTarget.of(request, store).function();
        Body body = Body.of(request);
        body.pattern("FunctionVersion", VERSION_PATTERN, 1024);
        String description = body.has("Description") ? description(body) : null;
        Map<String, Double> weights = body.has("RoutingConfig") ? weights(body) : null;
        Alias updated = function.updateAlias(request.pathParameter("Name"), body.string("RevisionId"),
                current -> new Alias(current.name(),
                        body.has("FunctionVersion") ? body.string("FunctionVersion") : current.functionVersion(),
                        description != null ? description : current.description(),
                        weights != null ? weights : current.additionalVersionWeights(),
                        LambdaFunction.newRevisionId()));
        return ApiResponse.json(200, documentOf(function, updated));
    }

    ApiResponse deleteAlias(ApiRequest request) {
        LambdaFunction function = FunctionTarget.of(request, store).function();
        String name = request.pathParameter("Name");
        function.alias(name);
        function.deleteAlias(name);
        String aliasArn = function.arn() + ":" + name;
        store.resources().removeAll(key -> key.equals(aliasArn));
        return ApiResponse.empty(204);
    }

    ApiResponse listAliases(ApiRequest request) {
        LambdaFunction function = FunctionTarget.of(request, store).function();
        String version = request.query("FunctionVersion");
        List<Alias> aliases = function.aliases().stream()
                .filter(alias -> version == null || version.isEmpty() || alias.functionVersion().equals(version)
                        || alias.additionalVersionWeights().containsKey(version))
                .toList();
        Pages.Page<Alias> page = Pages.of(aliases, Alias::name, request);
        return ApiResponse.json(200, document("NextMarker", page.nextMarker(),
                "Aliases", page.items().stream().map(alias -> documentOf(function, alias)).toList()));
    }

    static Map<String, Object> documentOf(LambdaFunction function, Alias alias) {
        return document("AliasArn", function.arn() + ":" + alias.name(), "Name", alias.name(),
                "FunctionVersion", alias.functionVersion(), "Description", alias.description(),
                "RoutingConfig", alias.additionalVersionWeights().isEmpty() ? null
                        : Map.of("AdditionalVersionWeights", alias.additionalVersionWeights()),
                "RevisionId", alias.revisionId());
    }

    private static String description(Body body) {
        String description = body.pattern("Description", "(?s).*", 256);
        return description == null ? "" : description;
    }

    /** {@code RoutingConfig.AdditionalVersionWeights}: at most one other version, with a weight in 0..1. */
    private static Map<String, Double> weights(Body body) {
        Body weights = body.object("RoutingConfig").object("AdditionalVersionWeights");
        Map<String, Double> checked = new LinkedHashMap<>();
        weights.members().forEach((version, weight) -> {
            if (!version.matches("[0-9]+") || version.length() > 1024) {
                throw ApiException.constraintViolation(version, "routingConfig.additionalVersionWeights",
                        "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]+]");
            }
            if (!(weight instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 1) {
                throw ApiException.constraintViolation(weight, "routingConfig.additionalVersionWeights",
                        "Map value must satisfy constraint: [Member must have value less than or equal to 1.0,"
                                + " Member must have value greater than or equal to 0.0]");
            }
            checked.put(version, number.doubleValue());
        });
        if (checked.size() > 1) {
            throw ApiException.constraintViolation(checked, "routingConfig.additionalVersionWeights",
                    "Member must have length less than or equal to 1");
        }
        return checked;
    }
}
