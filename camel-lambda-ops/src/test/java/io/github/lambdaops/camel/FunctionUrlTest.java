package io.github.lambdaops.camel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;

import static io.github.lambdaops.camel.LambdaOpsConstants.AUTH_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

/** A function URL created through a route is served by the emulator: plain HTTP reaches the function. */
class FunctionUrlTest extends EmulatorRouteTestSupport {

    @Test
    void aFunctionUrlCreatedThroughARouteAnswersHttpWithTheFunctionsReply() throws Exception {
        createFunction("greeter", ECHO);

        String url = template.requestBodyAndHeader("lambda-ops:greeter?operation=createFunctionUrlConfig", null,
                AUTH_TYPE, "NONE", CreateFunctionUrlConfigResponse.class).functionUrl();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                        + "orders?id=42")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"tea\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rawPath\":\"/orders\"", "\"queryStringParameters\":{\"id\":\"42\"}",
                "\"body\":\"{\\\"item\\\":\\\"tea\\\"}\"");
    }
}
