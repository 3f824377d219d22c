package io.github.lambdaops.examples.yamldsl;

import io.github.lambdaops.emulator.LambdaEmulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;

import static io.github.lambdaops.examples.yamldsl.EmulatorCamelContext.FUNCTION;
import static org.assertj.core.api.Assertions.assertThat;

/** lambda-ops endpoints written in the YAML DSL, loaded by camel-yaml-dsl into a running CamelContext. */
class YamlRoutesTest {

    @RegisterExtension
    static final LambdaEmulatorExtension LAMBDA = new LambdaEmulatorExtension();

    private static CamelContext camel;

    @BeforeAll
    static void startCamel() throws Exception {
        camel = EmulatorCamelContext.start(LAMBDA.emulator());
        EmulatorCamelContext.loadYaml(camel, """
                - route:
                    from:
                      uri: direct:shout
                      steps:
                        - to:
                            uri: lambda-ops:shout
                            parameters:
                              operation: invoke
                              logType: Tail
                        - convertBodyTo:
                            type: String
                - route:
                    from:
                      uri: direct:describe
                      steps:
                        - setHeader:
                            name: CamelLambdaOpsOperation
                            constant: getFunction
                        - setHeader:
                            name: CamelLambdaOpsFunctionName
                            simple: "${body}"
                        - to: lambda-ops:?operation=listFunctions
                """);
    }

    @AfterAll
    static void stopCamel() throws Exception {
        camel.close();
    }

    @Test
    void aYamlRouteInvokesTheFunctionWithTheEndpointsParameters() {
        String reply = camel.createProducerTemplate().requestBody("direct:shout", "\"from yaml\"", String.class);

        assertThat(reply).isEqualTo("\"FROM YAML\"");
    }

    @Test
    void headersSetInYamlChooseTheOperationAndTheFunction() {
        GetFunctionResponse function = camel.createProducerTemplate().requestBody("direct:describe", FUNCTION,
                GetFunctionResponse.class);

        assertThat(function.configuration().functionName()).isEqualTo(FUNCTION);
    }
}
