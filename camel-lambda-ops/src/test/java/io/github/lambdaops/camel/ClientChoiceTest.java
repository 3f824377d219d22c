package io.github.lambdaops.camel;

import java.util.List;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** A LambdaClient bean in the registry is used instead of the component building its own. */
class ClientChoiceTest extends EmulatorRouteTestSupport {

    private LambdaClient syncClient;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the component's own endpoint override points nowhere: only the registry's client can reach the emulator
        context.getComponent("lambda-ops", LambdaOpsComponent.class).getConfiguration()
                .setUriEndpointOverride("http://127.0.0.1:1");
        syncClient = LambdaClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        context.getRegistry().bind("lambdaClient", syncClient);
        return context;
    }

    @Test
    void aSingleLambdaClientInTheRegistryIsAutowiredAndUsed() {
        createFunction("echo", ECHO);

        String reply = template.requestBody("lambda-ops:echo", "{\"via\":\"sync\"}", String.class);

        assertThat(reply).isEqualTo("{\"via\":\"sync\"}");
        Endpoint endpoint = context.getEndpoint("lambda-ops:echo");
        assertThat(((LambdaOpsEndpoint) endpoint).getConfiguration().getAwsLambdaClient()).isSameAs(syncClient);
    }

    @Test
    void withTheSynchronousClientPaginationAllAndWaitUntilWorkToo() {
        createFunction("sync-a", ECHO);
        createFunction("sync-b", ECHO);

        List<?> all = template.requestBodyAndHeaders("lambda-ops:?operation=listFunctions&pagination=all", null,
                headers(LambdaOpsConstants.MAX_ITEMS, 1), List.class);
        Exchange waited = call("lambda-ops:sync-a?operation=getFunction&waitUntil=functionActiveV2", null,
                headers());

        assertThat(all.stream().map(f -> ((FunctionConfiguration) f).functionName()))
                .containsExactly("sync-a", "sync-b");
        assertThat(waited.getException()).isNull();
    }

    @Test
    void invokeWithResponseStreamNeedsTheAsynchronousClientAndSaysSo() {
        createFunction("streamed", ECHO);

        Exchange exchange = call("lambda-ops:streamed?operation=invokeWithResponseStream", "{}", headers());

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining("invokeWithResponseStream").hasMessageContaining("awsLambdaAsyncClient");
    }
}
