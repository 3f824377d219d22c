package io.github.lambdaops.camel;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel learns where a lambda-ops endpoint sends its calls: the endpoint override, else the regional Lambda API. */
class ServiceLocationTest extends EmulatorRouteTestSupport {

    @Test
    void anOverriddenEndpointReportsTheOverride() {
        LambdaOpsEndpoint endpoint = context.getEndpoint("lambda-ops:f", LambdaOpsEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo(emulator.endpoint().toString());
        assertThat(endpoint.getServiceProtocol()).isEqualTo("lambda");
        assertThat(endpoint.getServiceMetadata()).containsEntry("region", "us-east-1");
    }

    @Test
    void otherwiseTheRegionalAddressOfTheLambdaApi() {
        LambdaOpsEndpoint endpoint = context.getEndpoint("lambda-ops:f?overrideEndpoint=false&region=eu-west-1",
                LambdaOpsEndpoint.class);

        assertThat(endpoint.getServiceUrl()).isEqualTo("https://lambda.eu-west-1.amazonaws.com");
        assertThat(endpoint.getServiceMetadata()).containsEntry("region", "eu-west-1");
    }
}
