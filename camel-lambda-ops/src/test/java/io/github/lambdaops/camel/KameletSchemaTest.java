package io.github.lambdaops.camel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets the jar ships are valid Kamelets: they satisfy the Kamelet resource's schema, their definition is a
 * JSON Schema, and each property is an option of the component with the same type, secrecy and (where it lists them)
 * values, used by the template (and nothing the template uses is undefined). The Kamelet schema here is the shape the
 * Kamelet custom resource definition (camel.apache.org/v1) requires, written out for a build without network.
 */
class KameletSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([A-Za-z0-9]+)}}");
    /** Kamelet properties that are the endpoint's path rather than an option. */
    private static final Set<String> PATH = Set.of("function");

    static Stream<Path> kamelets() throws IOException, URISyntaxException {
        Path folder = Path.of(KameletSchemaTest.class.getResource("/kamelets").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kamelets = files.filter(file -> file.toString().endsWith(".kamelet.yaml")).sorted()
                    .collect(Collectors.toList());
            assertThat(kamelets).hasSize(2);
            return kamelets.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void theKameletSatisfiesTheKameletSchemaAndItsDefinitionIsAJsonSchema(Path file) throws IOException {
        JsonNode kamelet = YAML.readTree(file.toFile());
        JsonSchema kameletSchema;
        try (InputStream schema = getClass().getResourceAsStream("/kamelet-v1.schema.json")) {
            kameletSchema = SCHEMAS.getSchema(schema);
        }
        JsonSchema draft7 = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft-07/schema"));

        assertThat(kameletSchema.validate(kamelet)).extracting(ValidationMessage::getMessage).isEmpty();
        assertThat(draft7.validate(kamelet.at("/spec/definition"))).extracting(ValidationMessage::getMessage)
                .isEmpty();
        assertThat(file.getFileName().toString()).isEqualTo(kamelet.at("/metadata/name").asText() + ".kamelet.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kamelets")
    void everyPropertyIsAnOptionOfTheComponentUsedByTheTemplate(Path file) throws IOException {
        JsonNode kamelet = YAML.readTree(file.toFile());
        JsonNode options = catalog().get("properties");
        JsonNode properties = kamelet.at("/spec/definition/properties");
        List<String> problems = new ArrayList<>();

        properties.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode property = entry.getValue();
            if (PATH.contains(name)) {
                return;
            }
            JsonNode option = options.get(name);
            if (option == null) {
                problems.add(name + " is no option of lambda-ops");
                return;
            }
            String type = option.path("type").asText();
            String expected = "enum".equals(type) || "duration".equals(type) ? "string" : type;
            if (!expected.equals(property.path("type").asText())) {
                problems.add(name + " is a " + property.path("type").asText() + ", the option a " + type);
            }
            if (property.has("enum") && !property.get("enum").equals(option.get("enum"))) {
                problems.add(name + " lists " + property.get("enum") + ", the option " + option.get("enum"));
            }
            if (option.path("secret").asBoolean() != "password".equals(property.path("format").asText())) {
                problems.add(name + ": a secret option is a password property, and only a secret one");
            }
        });
        Set<String> used = placeholders(kamelet.at("/spec/template"));
        Set<String> defined = new TreeSet<>();
        properties.fieldNames().forEachRemaining(defined::add);

        assertThat(problems).isEmpty();
        assertThat(used).as("properties the template uses").isEqualTo(defined);
    }

    private static Set<String> placeholders(JsonNode template) throws IOException {
        Matcher matcher = PLACEHOLDER.matcher(JSON.writeValueAsString(template));
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(2));
        }
        return names;
    }

    private static JsonNode catalog() throws IOException {
        try (InputStream json = KameletSchemaTest.class.getResourceAsStream(
                "/META-INF/io/github/lambdaops/camel/lambda-ops.json")) {
            return JSON.readTree(json);
        }
    }
}
