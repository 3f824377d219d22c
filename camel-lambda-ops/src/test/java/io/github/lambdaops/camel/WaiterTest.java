package io.github.lambdaops.camel;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiterTest extends EmulatorRouteTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deploy")
                        .to("lambda-ops:deployed?operation=createFunction&waitUntil=functionActiveV2")
                        .setBody(constant("{\"step\":2}"))
                        .to("lambda-ops:deployed?operation=invoke");
            }
        };
    }

    @Test
    void aRouteCreatesAFunctionWaitsUntilItIsActiveAndInvokesItInTheNextStep() {
        long before = emulator.requestCount();

        String reply = template.requestBodyAndHeaders("direct:deploy", TestZips.placeholder(),
                headers(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO), String.class);

        assertThat(reply).isEqualTo("{\"step\":2}");
        assertThat(emulator.requestCount() - before).as("create, the waiter's GetFunction, invoke").isEqualTo(3);
    }

    @Test
    void waitUntilPublishedVersionActiveWaitsOnTheVersionThePublishReturned() {
        createFunction("published", ECHO);
        long before = emulator.requestCount();

        PublishVersionResponse published = template.requestBodyAndHeader(
                "lambda-ops:published?operation=publishVersion", null, WAIT_UNTIL, "publishedVersionActive",
                PublishVersionResponse.class);

        assertThat(published.version()).isEqualTo("1");
        assertThat(emulator.requestCount() - before).as("publish, then one poll of version 1").isEqualTo(2);
    }

    @Test
    void waitUntilFunctionExistsAfterGetFunctionKeepsTheCallsResponseAsBody() {
        createFunction("existing", ECHO);

        Exchange exchange = call("lambda-ops:existing?operation=getFunction", null,
                headers(WAIT_UNTIL, "functionExists"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(GetFunctionResponse.class).configuration().functionName())
                .isEqualTo("existing");
    }

    @Test
    void anUnknownWaiterFailsBeforeSendingNamingTheValidWaiters() {
        long before = emulator.requestCount();

        Exchange exchange = call("lambda-ops:f?operation=getFunction", null, headers(WAIT_UNTIL, "functionReady"));

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining(WAIT_UNTIL).hasMessageContaining("functionReady")
                .hasMessageContaining("functionActiveV2").hasMessageContaining("publishedVersionActive");
        assertThat(emulator.requestCount()).isEqualTo(before);
        assertThatThrownBy(() -> context.getEndpoint("lambda-ops:f?operation=getFunction&waitUntil=ready"))
                .hasStackTraceContaining("URI option waitUntil").hasStackTraceContaining("functionUpdatedV2");
    }

    @Test
    void waitUntilOnAnOperationThatNamesNoFunctionFailsBeforeSending() {
        Exchange exchange = call("lambda-ops:?operation=listFunctions", null, headers(WAIT_UNTIL, "functionActive"));

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining("listFunctions").hasMessageContaining("names none");
    }
}
