package io.github.lambdaops.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @Test
    void credentialsNeverShowInTheEndpointsPrintedUri() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Endpoint endpoint = context.getEndpoint("lambda-ops:fn?region=eu-west-1&accessKey=AKIDEXAMPLE"
                    + "&secretKey=wJalrXUtnFEMI&sessionToken=FwoGZXIvYXdzEXAMPLE&useSessionCredentials=true");

            assertThat(endpoint.toString()).doesNotContain("AKIDEXAMPLE", "wJalrXUtnFEMI", "FwoGZXIvYXdzEXAMPLE");
            assertThat(endpoint.getEndpointBaseUri()).doesNotContain("wJalrXUtnFEMI");
        }
    }
}
