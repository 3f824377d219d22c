package io.github.lambdaops.examples.yamldsl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.lambdaops.emulator.LambdaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import static io.github.lambdaops.camel.LambdaOpsConstants.STATUS_CODE;
import static io.github.lambdaops.examples.yamldsl.EmulatorCamelContext.FUNCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kamelets the component jar ships under {@code kamelets/}, loaded by camel-kamelet from the classpath. The
 * component is configured for the emulator, so every kamelet option left out keeps that configuration.
 */
class KameletsTest {

    @RegisterExtension
    static final LambdaEmulatorExtension LAMBDA = new LambdaEmulatorExtension();

    private static CamelContext camel;
    private static ProducerTemplate template;

    @BeforeAll
    static void startCamel() throws Exception {
        camel = EmulatorCamelContext.start(LAMBDA.emulator());
        template = camel.createProducerTemplate();
    }

    @AfterAll
    static void stopCamel() throws Exception {
        camel.close();
    }

    @Test
    void invokeSinkInvokesTheFunctionWithTheMessageBody() {
        long before = LAMBDA.emulator().invocationCount(FUNCTION);

        String reply = template.requestBody("kamelet:lambda-ops-invoke-sink?function=" + FUNCTION,
                "\"hello kamelet\"", String.class);

        assertThat(reply).isEqualTo("\"HELLO KAMELET\"");
        assertThat(LAMBDA.emulator().invocationCount(FUNCTION)).isEqualTo(before + 1);
    }

    @Test
    void invokeSinkPassesItsInvocationTypeToTheCall() throws InterruptedException {
        long before = LAMBDA.emulator().invocationCount(FUNCTION);

        Object status = template.request("kamelet:lambda-ops-invoke-sink?function=" + FUNCTION
                + "&invocationType=Event", exchange -> exchange.getIn().setBody("\"queued\""))
                .getMessage().getHeader(STATUS_CODE);

        assertThat(status).isEqualTo(202);
        // the function runs in the background; let it finish so that no other test counts it
        for (int i = 0; i < 100 && LAMBDA.emulator().invocationCount(FUNCTION) == before; i++) {
            Thread.sleep(100);
        }
        assertThat(LAMBDA.emulator().invocationCount(FUNCTION)).isEqualTo(before + 1);
    }

    @Test
    void invokeSinkWithoutAFunctionFailsNamingTheMissingProperty() {
        assertThatThrownBy(() -> template.requestBody("kamelet:lambda-ops-invoke-sink", "\"x\""))
                .rootCause().hasMessageContaining("mandatory parameters must be provided: function");
    }

    @Test
    void camelKIntegrationInvokesTheFunctionThroughTheKamelet() throws Exception {
        Map<String, Object> spec = CamelKIntegration.spec(Path.of("../camel-k/lambda-ops-integration.yaml"));
        assertThat((List<?>) spec.get("dependencies")).as("spec.dependencies")
                .anySatisfy(dependency -> assertThat(dependency).asString()
                        .startsWith("mvn:io.github.lambdaops:camel-lambda-ops:"));
        long before = LAMBDA.emulator().invocationCount(FUNCTION);
        camel.getPropertiesComponent().addOverrideProperty("lambda.function", FUNCTION);
        NotifyBuilder invoked = new NotifyBuilder(camel).fromRoute("invoke-greeter").whenCompleted(1).create();

        EmulatorCamelContext.loadYaml(camel, CamelKIntegration.flows(spec));

        assertThat(invoked.matches(30, TimeUnit.SECONDS)).as("the integration's flow completed").isTrue();
        assertThat(LAMBDA.emulator().invocationCount(FUNCTION)).isEqualTo(before + 1);
    }

    @Test
    void actionPerformsTheOperationItIsGivenOnTheFunctionItIsGiven() {
        GetFunctionConfigurationResponse configuration = template.requestBody(
                "kamelet:lambda-ops-action?operation=getFunctionConfiguration&function=" + FUNCTION, null,
                GetFunctionConfigurationResponse.class);

        assertThat(configuration.handler()).isEqualTo(EmulatorCamelContext.SHOUT_HANDLER);
    }

    @Test
    void actionWithoutAFunctionServesOperationsThatTakeNone() {
        ListFunctionsResponse list = template.requestBody("kamelet:lambda-ops-action?operation=listFunctions", null,
                ListFunctionsResponse.class);

        assertThat(list.functions()).extracting(FunctionConfiguration::functionName).contains(FUNCTION);
    }

    @Test
    void actionConnectionPropertiesOverrideTheComponentsConfiguration() {
        ListFunctionsResponse otherRegion = template.requestBody(
                "kamelet:lambda-ops-action?operation=listFunctions&region=eu-west-1", null,
                ListFunctionsResponse.class);

        assertThat(otherRegion.functions()).extracting(FunctionConfiguration::functionName).doesNotContain(FUNCTION);
    }
}
