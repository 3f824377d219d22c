package io.github.lambdaops.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's properties are written by hand; this test keeps them from drifting from the component. It compares the
 * metadata the Spring Boot configuration processor generates from {@link LambdaOpsComponentConfiguration} with the
 * component's catalog, which camel-component-maven-plugin generates from the options' annotations: every component
 * option is a property of the same name, type, default and description, and every property is an option.
 */
class SpringConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = LambdaOpsComponentConfiguration.PREFIX + ".";
    /** Switches of the auto-configuration itself, not options of the component. */
    private static final Set<String> STARTER_SWITCHES = Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled");
    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long");

    @Test
    void everyComponentOptionIsAPropertyOfTheSameNameTypeDefaultAndDescription() throws IOException {
        Map<String, JsonNode> properties = springProperties();
        List<String> differences = new ArrayList<>();

        componentOptions().fields().forEachRemaining(entry -> {
            String name = PREFIX + StringHelper.camelCaseToDash(entry.getKey());
            JsonNode option = entry.getValue();
            JsonNode property = properties.get(name);
            if (property == null) {
                differences.add(name + ": no property for component option " + entry.getKey());
                return;
            }
            compare(differences, name, "type", springType(option), property.path("type").asText(null));
            compare(differences, name, "default", lower(option.path("defaultValue").asText(null)),
                    lower(property.path("defaultValue").asText(null)));
            compare(differences, name, "description", words(option.path("description").asText(null)),
                    words(property.path("description").asText(null)));
        });

        assertThat(differences).as("differences between the starter and the component's catalog").isEmpty();
    }

    @Test
    void everyPropertyIsAComponentOptionOrASwitchOfTheStarter() throws IOException {
        Set<String> options = new TreeSet<>();
        componentOptions().fieldNames().forEachRemaining(option -> options.add(PREFIX
                + StringHelper.camelCaseToDash(option)));

        assertThat(springProperties().keySet()).allSatisfy(name -> assertThat(
                options.contains(name) || STARTER_SWITCHES.contains(name)).as(name).isTrue());
    }

    @Test
    void secretOptionsSaySoAndTheOnOffSwitchIsOnByDefault() throws IOException {
        Map<String, JsonNode> properties = springProperties();
        componentOptions().fields().forEachRemaining(option -> {
            if (option.getValue().path("secret").asBoolean()) {
                String name = PREFIX + StringHelper.camelCaseToDash(option.getKey());
                assertThat(properties.get(name).path("description").asText()).as(name).contains("Secret");
            }
        });
        assertThat(properties.get(PREFIX + "enabled").path("defaultValue").asBoolean()).isTrue();
    }

    /** The Java type Spring Boot binds an option to: a wrapper for a primitive, a Duration for a duration. */
    private static String springType(JsonNode option) {
        if ("duration".equals(option.path("type").asText())) {
            return "java.time.Duration";
        }
        String javaType = option.path("javaType").asText();
        return WRAPPERS.getOrDefault(javaType, javaType);
    }

    private static void compare(List<String> differences, String name, String what, String catalog, String spring) {
        if (catalog == null ? spring != null : !catalog.equals(spring)) {
            differences.add(name + ": " + what + " is '" + spring + "' in the starter, '" + catalog
                    + "' in the catalog");
        }
    }

    /** Spring writes an enum default as its constant in lower case with dashes. */
    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private static String words(String text) {
        return text == null ? null : text.trim().replaceAll("\\s+", " ");
    }

    private static JsonNode componentOptions() throws IOException {
        return read("META-INF/io/github/lambdaops/camel/lambda-ops.json").get("componentProperties");
    }

    private static Map<String, JsonNode> springProperties() throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(property -> byName.put(property.get("name").asText(), property));
        return byName;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SpringConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return JSON.readTree(in);
        }
    }
}
