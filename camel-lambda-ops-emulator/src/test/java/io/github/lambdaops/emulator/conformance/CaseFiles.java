package io.github.lambdaops.emulator.conformance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the case files under {@code conformance/} on the test class path: one YAML file per action family, each
 * {@code {family, cases: [{id, source, steps, each?}]}}. A case with {@code each} stands for one case per row, the
 * row's members being placeholders of its id, source and steps.
 */
final class CaseFiles {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final String FOLDER = "conformance";
    private static final TypeReference<Map<String, String>> ROW = new TypeReference<>() {
    };

    private CaseFiles() {
    }

    /** Every case, in file order, files by name. */
    static List<ConformanceCase> load() {
        List<ConformanceCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : caseFiles()) {
            for (ConformanceCase conformanceCase : read(file)) {
                if (!ids.add(conformanceCase.qualifiedId())) {
                    throw new IllegalStateException("Two cases are named " + conformanceCase.qualifiedId());
                }
                cases.add(conformanceCase);
            }
        }
        return cases;
    }

    static Path resource(String name) {
        try {
            return Path.of(CaseFiles.class.getClassLoader().getResource(FOLDER + "/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> caseFiles() {
        try (Stream<Path> files = Files.list(resource("cases"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ConformanceCase> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String family = root.path("family").asText();
        List<ConformanceCase> cases = new ArrayList<>();
        for (JsonNode node : root.path("cases")) {
            ObjectNode definition = (ObjectNode) node.deepCopy();
            JsonNode rows = definition.remove("each");
            List<Map<String, String>> variants = new ArrayList<>();
            if (rows == null) {
                variants.add(Map.of());
            } else {
                rows.forEach(row -> variants.add(YAML.convertValue(row, ROW)));
            }
            for (Map<String, String> variant : variants) {
                cases.add(toCase(family, definition, new LinkedHashMap<>(variant), file));
            }
        }
        return cases;
    }

    private static ConformanceCase toCase(String family, ObjectNode definition, Map<String, String> vars, Path file) {
        String id = Placeholders.fill(definition.path("id").asText(), vars::get);
        String source = Placeholders.fill(definition.path("source").asText(), vars::get);
        if (id.isBlank() || source.isBlank() || !definition.path("steps").isArray()) {
            throw new IllegalStateException(file.getFileName() + ": every case needs an id, a source and steps: "
                    + definition);
        }
        List<ConformanceCase.Step> steps = new ArrayList<>();
        for (JsonNode step : definition.path("steps")) {
            try {
                steps.add(YAML.treeToValue(step, ConformanceCase.Step.class));
            } catch (IOException e) {
                throw new IllegalStateException(file.getFileName() + " " + id + ": bad step " + step, e);
            }
        }
        return new ConformanceCase(family, id, source, steps, Map.copyOf(vars));
    }
}
