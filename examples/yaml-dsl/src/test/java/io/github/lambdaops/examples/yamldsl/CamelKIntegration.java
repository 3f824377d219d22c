package io.github.lambdaops.examples.yamldsl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a Camel K {@code Integration} resource. camel-yaml-dsl 4.18 loads Pipes but no longer Integrations, so the
 * tests take the routes out of {@code spec.flows} and load them as the Camel K runtime does.
 */
final class CamelKIntegration {

    private CamelKIntegration() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(Path file) throws IOException {
        Map<String, Object> resource = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        assertThat(resource).as(file.toString()).containsEntry("apiVersion", "camel.apache.org/v1")
                .containsEntry("kind", "Integration");
        return (Map<String, Object>) resource.get("spec");
    }

    /** The YAML DSL routes of {@code spec.flows}. */
    static String flows(Map<String, Object> spec) {
        return new Dump(DumpSettings.builder().build()).dumpToString(spec.get("flows"));
    }
}
