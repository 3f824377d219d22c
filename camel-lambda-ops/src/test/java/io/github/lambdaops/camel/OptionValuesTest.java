package io.github.lambdaops.camel;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.camel.options.InvocationType;
import io.github.lambdaops.camel.options.LogType;
import io.github.lambdaops.camel.options.Pagination;
import io.github.lambdaops.camel.options.RetryMode;
import io.github.lambdaops.camel.options.WaitUntil;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The options whose values are a fixed set are enums: the catalog lists their values, a String from a URI is
 * converted whatever its case, and a wrong one fails at endpoint creation naming the option and the valid values. The
 * timeouts take Camel's duration forms.
 */
class OptionValuesTest extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LambdaOpsConfiguration configuration = context.getComponent("lambda-ops", LambdaOpsComponent.class)
                .getConfiguration();
        configuration.setRegion("us-east-1"); // endpoints start, and build their client, as they are created
        configuration.setAccessKey("test-access-key");
        configuration.setSecretKey("test-secret-key");
        return context;
    }

    static Stream<Arguments> enumOptions() {
        return Stream.of(
                arguments("pagination", Pagination.class),
                arguments("invocationType", InvocationType.class),
                arguments("logType", LogType.class),
                arguments("retryMode", RetryMode.class),
                arguments("waitUntil", WaitUntil.class),
                arguments("operation", LambdaOpsOperations.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumOptions")
    void aUriStringIsConvertedWhateverItsCase(String option, Class<? extends Enum<?>> type) {
        Enum<?> last = type.getEnumConstants()[type.getEnumConstants().length - 1];

        LambdaOpsEndpoint endpoint = context.getEndpoint(
                "lambda-ops:f?" + option + "=" + last.name().toUpperCase(), LambdaOpsEndpoint.class);

        assertThat(option(endpoint, option)).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumOptions")
    void aWrongUriValueFailsAtEndpointCreationNamingTheOptionAndTheValidValues(String option,
                                                                              Class<? extends Enum<?>> type) {
        String valid = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ", "[", "]"));

        assertThatThrownBy(() -> context.getEndpoint("lambda-ops:f?" + option + "=sometimes"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasStackTraceContaining("URI option " + option + " expects one of " + valid + ", got 'sometimes'");
    }

    @Test
    void theCatalogListsTheValuesOfEveryEnumOption() throws Exception {
        JsonNode properties;
        try (InputStream json = getClass().getResourceAsStream("/META-INF/io/github/lambdaops/camel/lambda-ops.json")) {
            properties = new ObjectMapper().readTree(json).get("properties");
        }

        enumOptions().forEach(arguments -> {
            String option = (String) arguments.get()[0];
            Class<?> type = (Class<?>) arguments.get()[1];
            List<String> values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toList());
            assertThat(textValues(properties.get(option).get("enum"))).as(option).containsExactlyInAnyOrderElementsOf(values);
            assertThat(properties.get(option).get("type").asText()).as(option).isEqualTo("enum");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "90s", "PT90S", "90000", "1m30s" })
    void theTimeoutsTakeCamelsDurationForms(String duration) {
        LambdaOpsEndpoint endpoint = context.getEndpoint("lambda-ops:f?apiCallTimeout=" + duration
                + "&apiCallAttemptTimeout=" + duration, LambdaOpsEndpoint.class);

        assertThat(endpoint.getConfiguration().getApiCallTimeout()).isEqualTo(90_000L);
        assertThat(endpoint.getConfiguration().getApiCallAttemptTimeout()).isEqualTo(90_000L);
    }

    private static List<String> textValues(JsonNode array) {
        return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(i -> array.get(i).asText())
                .collect(Collectors.toList());
    }

    private static Object option(LambdaOpsEndpoint endpoint, String option) {
        LambdaOpsConfiguration configuration = endpoint.getConfiguration();
        switch (option) {
            case "pagination":
                return configuration.getPagination();
            case "invocationType":
                return configuration.getInvocationType();
            case "logType":
                return configuration.getLogType();
            case "retryMode":
                return configuration.getRetryMode();
            case "waitUntil":
                return configuration.getWaitUntil();
            default:
                return configuration.getOperation();
        }
    }
}
