package io.github.lambdaops.camel;

import java.util.List;
import java.util.Map;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel finds the lambda-ops dev console by its id; it shows each endpoint and what its calls came to. */
class DevConsoleTest extends EmulatorRouteTestSupport {

    private static final String INVOKE_URI = "lambda-ops:echo?secretKey=console-secret&accessKey=console-key";
    private static final String FAIL_URI = "lambda-ops:failing";
    private static final String GET_URI = "lambda-ops:missing?operation=getFunction";

    @Test
    @SuppressWarnings("unchecked")
    void theConsoleCountsCallsAwsErrorsAndFunctionErrorsPerEndpoint() {
        createFunction("echo", ECHO);
        createFunction("failing", FAIL);

        call(INVOKE_URI, "{}", headers());
        call(INVOKE_URI, "{}", headers());
        call(FAIL_URI, "{\"n\":1}", headers());
        call(GET_URI, null, headers());

        Map<String, Object> json = (Map<String, Object>) console().call(DevConsole.MediaType.JSON, Map.of());
        Map<String, Object> invoke = row(json, "echo", "invoke");
        assertThat(invoke).containsEntry("operation", "invoke").containsEntry("calls", 2L)
                .containsEntry("awsErrors", 0L).containsEntry("functionErrors", 0L)
                .containsEntry("region", "us-east-1").containsEntry("endpointOverride", emulator.endpoint().toString())
                .containsKey("transport").doesNotContainKey("lastError");
        assertThat(row(json, "failing", "invoke")).containsEntry("functionErrors", 1L).containsEntry("awsErrors", 0L)
                .extractingByKey("lastError").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("kind", "function").containsEntry("type", "Unhandled");
        assertThat(row(json, "missing", "getFunction")).containsEntry("operation", "getFunction").containsEntry("awsErrors", 1L)
                .extractingByKey("lastError").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("kind", "aws").containsEntry("type", "ResourceNotFoundException");
    }

    @Test
    void aCallAfterAFailedInvokeOfTheSameMessageIsNotCountedAsAFunctionError() {
        createFunction("failing", FAIL);
        createFunction("echo", ECHO);
        Exchange failed = call("lambda-ops:failing?functionErrorAsException=false", "{}", headers());

        call("lambda-ops:echo?operation=getFunction", null, failed.getMessage().getHeaders());

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console().call(DevConsole.MediaType.JSON, Map.of());
        assertThat(row(json, "failing", "invoke")).containsEntry("functionErrors", 1L);
        assertThat(row(json, "echo", "getFunction")).containsEntry("calls", 1L).containsEntry("functionErrors", 0L)
                .doesNotContainKey("lastError");
    }

    @Test
    void theTextFormShowsTheSameWithoutSecretsOrPayloads() {
        createFunction("failing", FAIL);
        call(FAIL_URI, "{\"card\":\"4111-1111\"}", headers());
        call(INVOKE_URI, "{}", headers());

        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of());

        assertThat(text).contains("lambda-ops://failing", "operation: invoke", "function: failing", "calls: 1",
                "functionErrors: 1", "awsErrors: 0", "transport: ");
        assertThat(text).doesNotContain("console-secret", "console-key", "4111-1111");
    }

    private DevConsole console() {
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("lambda-ops");
        assertThat(console).as("the lambda-ops console, found on the class path by its id").isNotNull();
        return console;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> json, String function, String operation) {
        return ((List<Map<String, Object>>) json.get("endpoints")).stream()
                .filter(row -> function.equals(row.get("function")) && operation.equals(row.get("operation")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no endpoint of " + function + " in " + json));
    }
}
