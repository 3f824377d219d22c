package io.github.lambdaops.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code conformance/defaults.yaml}: the placeholders every case may use ({@code ${account}}, {@code ${region}},
 * {@code ${role}}, ...), the CreateFunction request the {@code create} shortcut starts from, and the source of the
 * invocation cases' functions per runtime ({@code ${code.python}}, ...).
 */
record Defaults(Map<String, String> vars, ObjectNode createFunction) {

    static Defaults load() {
        try {
            JsonNode root = CaseFiles.YAML.readTree(CaseFiles.resource("defaults.yaml").toFile());
            Map<String, String> vars = CaseFiles.YAML.convertValue(root.get("vars"),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
                    });
            Map<String, String> all = new java.util.HashMap<>(vars);
            root.path("functionCode").fields().forEachRemaining(code ->
                    all.put("code." + code.getKey(), code.getValue().asText()));
            return new Defaults(Map.copyOf(all), (ObjectNode) root.get("createFunction"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
