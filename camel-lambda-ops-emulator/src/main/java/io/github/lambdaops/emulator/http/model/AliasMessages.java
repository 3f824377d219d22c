package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.Alias;

import java.util.List;
import java.util.Map;

/** The requests and answers of the alias actions. */
public final class AliasMessages {
    private AliasMessages() {
    }

    public record RoutingConfig(Map<String, Double> additionalVersionWeights) {
    }

    /** The body of CreateAlias and UpdateAlias (whose Name is in the path). */
    public record AliasRequest(String name, String functionVersion, String description, RoutingConfig routingConfig,
                               String revisionId) {
    }

    public record AliasConfiguration(String aliasArn, String name, String functionVersion, String description,
                                     RoutingConfig routingConfig, String revisionId) {
        public static AliasConfiguration of(String aliasArn, Alias alias) {
            return new AliasConfiguration(aliasArn, alias.name(), alias.functionVersion(), alias.description(),
                    alias.additionalVersionWeights().isEmpty() ? null
                            : new RoutingConfig(alias.additionalVersionWeights()), alias.revisionId());
        }
    }

    public record ListAliasesResponse(String nextMarker, List<AliasConfiguration> aliases) {
    }
}
