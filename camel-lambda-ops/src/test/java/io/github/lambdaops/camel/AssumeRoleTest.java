package io.github.lambdaops.camel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import io.github.lambdaops.emulator.EmulatorSettings;
import io.github.lambdaops.emulator.LambdaEmulator;
import io.github.lambdaops.emulator.sts.IssuedCredentials;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole credentials chain against an emulator under strict auth, whose Lambda API takes only its own key pair and
 * the temporary keys its STS issued: an endpoint assumes a role on top of its keys, and a pod's web identity (EKS
 * IRSA) reaches the API through the default chain, which needs the sts module the component brings.
 */
class AssumeRoleTest extends CamelTestSupport {

    private static final String BASE_KEY = "AKIDCHAINBASE";
    private static final String BASE_SECRET = "chain-base-secret";
    private static final String ROLE = "arn:aws:iam::123456789012:role/deployer";
    private static final String[] IRSA_PROPERTIES = { "aws.roleArn", "aws.roleSessionName", "aws.webIdentityTokenFile",
            "aws.endpointUrlSts", "aws.region" };

    private static LambdaEmulator emulator;

    @BeforeAll
    static void startStrictEmulator() {
        emulator = LambdaEmulator.start(EmulatorSettings.builder().strictAuth(BASE_KEY, BASE_SECRET).build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void forgetIssued() {
        emulator.issuedCredentials().clear();
    }

    @AfterEach
    void clearIrsaProperties() {
        for (String property : IRSA_PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LambdaOpsConfiguration configuration = context.getComponent("lambda-ops", LambdaOpsComponent.class)
                .getConfiguration();
        configuration.setRegion("us-east-1");
        configuration.setOverrideEndpoint(true);
        configuration.setUriEndpointOverride(emulator.endpoint().toString());
        return context;
    }

    @Test
    void anEndpointAssumesItsRoleOnTopOfItsKeysAndCallsWithTheTemporaryKeys() {
        String uri = "lambda-ops:?operation=listFunctions&accessKey=" + BASE_KEY + "&secretKey=" + BASE_SECRET
                + "&assumeRoleArn=" + ROLE + "&assumeRoleSessionName=orders-route&assumeRoleExternalId=ext-42";

        template.requestBody(uri, null, ListFunctionsResponse.class);
        template.requestBody(uri, null, ListFunctionsResponse.class);

        List<IssuedCredentials.Issued> issued = emulator.issuedCredentials().all();
        assertThat(issued).hasSize(1); // the provider keeps the session until it nears its expiry
        assertThat(issued.get(0).roleArn()).isEqualTo(ROLE);
        assertThat(issued.get(0).sessionName()).isEqualTo("orders-route");
        assertThat(issued.get(0).externalId()).isEqualTo("ext-42");
        assertThat(issued.get(0).signedRequests()).as("Lambda requests signed with the assumed role").isEqualTo(2);
    }

    @Test
    void aPodsWebIdentityReachesTheApiThroughTheDefaultChain(@TempDir Path tokens) throws Exception {
        String claims = "{\"sub\":\"system:serviceaccount:orders:router\"}";
        Path token = Files.writeString(tokens.resolve("token"), "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder()
                .withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln");
        // what EKS sets for a service account with an IAM role, as system properties instead of the environment
        System.setProperty("aws.roleArn", ROLE);
        System.setProperty("aws.roleSessionName", "irsa-pod");
        System.setProperty("aws.webIdentityTokenFile", token.toString());
        System.setProperty("aws.endpointUrlSts", emulator.endpoint().toString());
        System.setProperty("aws.region", "us-east-1");

        template.requestBody("lambda-ops:?operation=listFunctions&useDefaultCredentialsProvider=true", null,
                ListFunctionsResponse.class);

        List<IssuedCredentials.Issued> issued = emulator.issuedCredentials().all();
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).sessionName()).isEqualTo("irsa-pod");
        assertThat(issued.get(0).signedRequests()).isEqualTo(1);
    }
}
