package io.github.lambdaops.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.lambdaops.camel.invoke.FunctionErrorException;
import io.github.lambdaops.camel.options.Transport;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transport option: which client a call goes on, seen from the thread the route goes on with after the call (the
 * caller's own after a synchronous call, an SDK thread after an asynchronous one), and from how many calls the
 * emulator runs at once for one sending thread.
 */
class TransportTest extends EmulatorRouteTestSupport {
    private static final String GATHERING = "test.gathering";
    private static final int AT_ONCE = 40;
    private static CountDownLatch gathered;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (Transport transport : Transport.values()) {
                    from("direct:" + transport).to("lambda-ops:echo?transport=" + transport)
                            .process(exchange -> exchange.getMessage().setHeader("thenOn", Thread.currentThread()));
                }
                from("direct:gather").to("lambda-ops:gather?maxConnections=" + AT_ONCE);
            }
        };
    }

    @Test
    void syncMakesTheCallOnTheExchangesThread() {
        createFunction("echo", ECHO);

        assertThat(threadAfterCall("direct:sync")).isSameAs(Thread.currentThread());
        assertThat(threadAfterCall("direct:sync")).isSameAs(Thread.currentThread());
    }

    @Test
    void syncBringsLargePayloadsErrorsAndFunctionErrorsAsTheAsynchronousClientDoes() {
        createFunction("echo", ECHO);
        createFunction("failing", FAIL);
        String large = "\"" + "0123456789abcdef".repeat(256 * 1024) + "\"";

        for (String transport : List.of("sync", "async")) {
            assertThat(template.requestBody("lambda-ops:echo?transport=" + transport, large, String.class))
                    .as(transport).isEqualTo(large);
            assertThat(call("lambda-ops:absent?transport=" + transport, "{}", headers()).getException())
                    .as(transport).isInstanceOf(ResourceNotFoundException.class);
            Exception failed = call("lambda-ops:failing?transport=" + transport, "{\"id\":7}", headers())
                    .getException();
            assertThat(failed).as(transport).isInstanceOf(FunctionErrorException.class);
            assertThat(((FunctionErrorException) failed).getErrorMessage()).isEqualTo("boom: {\"id\":7}");
        }
    }

    @Test
    void asyncLeavesTheExchangesThreadAndGoesOnOnTheSdks() {
        createFunction("echo", ECHO);

        assertThat(threadAfterCall("direct:async")).isNotSameAs(Thread.currentThread());
        assertThat(threadAfterCall("direct:async")).isNotSameAs(Thread.currentThread());
    }

    @Test
    void autoMakesTheCallsOfAThreadThatWaitsForThemOnThatThreadAfterTheFirst() {
        createFunction("echo", ECHO);

        assertThat(threadAfterCall("direct:auto")).as("first call").isNotSameAs(Thread.currentThread());
        for (int i = 0; i < 3; i++) {
            assertThat(threadAfterCall("direct:auto")).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void autoKeepsTheCallsOfAThreadThatDoesNotWaitInFlightTogether() throws Exception {
        createFunction("gather", GATHERING);
        AsyncProducer route = context.getEndpoint("direct:gather").createAsyncProducer();
        route.start();

        for (int round = 0; round < 2; round++) {
            gathered = new CountDownLatch(AT_ONCE);
            List<CompletableFuture<Exchange>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getIn().setBody("{}");
                answers.add(route.processAsync(exchange));
            }
            // each invocation waits until all have arrived: they can only end if all were in flight at once
            for (CompletableFuture<Exchange> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        }
        route.stop();
    }

    @BeforeAll
    static void registerGatheringHandler() {
        emulator.registerHandler(GATHERING, (event, lambdaContext) -> {
            gathered.countDown();
            try {
                if (!gathered.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other calls never came: " + gathered.getCount() + " missing");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return event;
        });
    }

    private Thread threadAfterCall(String route) {
        Exchange exchange = template.send(route, e -> e.getIn().setBody("{\"n\":1}"));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader("thenOn", Thread.class);
    }
}
