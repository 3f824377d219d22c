package io.github.lambdaops.camel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.emulator.faults.Fault;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component against an emulator that fails, stalls and drops connections: the SDK's retries (chosen by the
 * {@code retryMode} and {@code maxAttempts} options) and Camel's redelivery on top lose no invoke, and slow or cut
 * calls end with the SDK's exception instead of holding a thread.
 */
class FaultToleranceTest extends EmulatorRouteTestSupport {
    private static final int INVOKES = 10_000;
    private static final int IN_FLIGHT = 64;
    private static final String BLOCKING = "test.blocking";

    private final AtomicInteger redeliveries = new AtomicInteger();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:resilient")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(20).redeliveryDelay(0)
                                .onRedelivery(exchange -> redeliveries.incrementAndGet()))
                        .to("lambda-ops:echo?retryMode=standard&maxAttempts=2&maxConnections=" + IN_FLIGHT);
                from("direct:slow").to("lambda-ops:slow?apiCallTimeout=2000&maxAttempts=1");
            }
        };
    }

    @Test
    void sdkRetriesChosenByTheOptionsAbsorbTransientThrottlingAndServerErrors() {
        createFunction("echo", ECHO);
        emulator.faults().forAction("Invoke")
                .failNext(2, Fault.tooManyRequests(0))
                .failNext(1, Fault.serviceException());

        String reply = template.requestBody("lambda-ops:echo?retryMode=standard&maxAttempts=4", "{\"n\":1}",
                String.class);

        assertThat(reply).isEqualTo("{\"n\":1}");
        assertThat(emulator.faults().injected("Invoke")).isEqualTo(3);
        assertThat(emulator.invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void withOneAttemptTheThrottleReachesTheExchangeAsTheSdksException() {
        createFunction("echo", ECHO);
        emulator.faults().forAction("Invoke").failNext(1, Fault.tooManyRequests(1));

        Exchange exchange = call("lambda-ops:echo?maxAttempts=1", "{\"n\":1}", headers());

        assertThat(exchange.getException()).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.retryAfterSeconds()).isEqualTo("1"));
        assertThat(emulator.invocationCount("echo")).isZero();
    }

    @Test
    void tenThousandInvokesAtTenPercentFaultsAllCompleteExactlyOnce() throws Exception {
        createFunction("echo", ECHO);
        emulator.faults().forAction("Invoke").failFraction(0.10, 2026, Fault.serviceException());
        AsyncProducer producer = context.getEndpoint("direct:resilient").createAsyncProducer();
        producer.start();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(INVOKES);
        List<String> wrong = new CopyOnWriteArrayList<>();

        for (int i = 0; i < INVOKES; i++) {
            slots.acquire();
            String payload = "{\"i\":" + i + "}";
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setBody(payload);
            producer.process(exchange, doneSync -> {
                String reply = exchange.getException() == null ? exchange.getMessage().getBody(String.class) : null;
                if (!payload.equals(reply)) {
                    wrong.add(payload + " -> " + (reply != null ? reply : exchange.getException()));
                }
                slots.release();
                done.countDown();
            });
        }

        assertThat(done.await(90, TimeUnit.SECONDS)).as("all invokes completed").isTrue();
        assertThat(wrong).isEmpty();
        long injected = emulator.faults().injected("Invoke");
        System.out.printf("%d invokes, %d faults injected: %d absorbed by SDK retries, %d by Camel redelivery%n",
                INVOKES, injected, injected - redeliveries.get(), redeliveries.get());
        assertThat(emulator.invocationCount("echo")).isEqualTo(INVOKES);
        assertThat(injected).isBetween(INVOKES / 20L, INVOKES / 5L);
        producer.stop();
    }

    @Test
    void apiCallTimeoutFailsSlowCallsWithoutHoldingTheThreadThatSentThem() throws Exception {
        int calls = 8;
        CountDownLatch running = new CountDownLatch(calls);
        CountDownLatch release = new CountDownLatch(1);
        emulator.registerHandler(BLOCKING, (event, context) -> {
            running.countDown();
            release.await(30, TimeUnit.SECONDS);
            return event;
        });
        createFunction("slow", BLOCKING);
        AsyncProducer producer = context.getEndpoint("direct:slow").createAsyncProducer();
        producer.start();
        Map<Integer, Exception> failures = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(calls);
        try {
            for (int i = 0; i < calls; i++) {
                int call = i;
                Exchange exchange = new DefaultExchange(context);
                exchange.getIn().setBody("{\"call\":" + call + "}");
                producer.process(exchange, doneSync -> {
                    failures.put(call, exchange.getException());
                    done.countDown();
                });
            }
            // one thread sent them all, and all are running in the function at once: none held the thread
            assertThat(running.await(20, TimeUnit.SECONDS)).as("all calls in flight at once").isTrue();
            assertThat(done.await(20, TimeUnit.SECONDS)).as("all calls ended").isTrue();
        } finally {
            release.countDown();
            producer.stop();
        }
        assertThat(failures.values()).hasSize(calls).allSatisfy(
                failure -> assertThat(failure).isInstanceOf(ApiCallTimeoutException.class));
    }

    @Test
    void aConnectionDroppedMidResponseEndsTheExchangeWithTheSdksExceptionInsteadOfHanging() {
        createFunction("echo", ECHO);
        emulator.faults().forAction("Invoke").dropNext(1);

        Exchange exchange = call("lambda-ops:echo?maxAttempts=1&apiCallTimeout=30000", "{\"n\":1}", headers());

        assertThat(exchange.getException()).isInstanceOf(SdkClientException.class)
                .isNotInstanceOf(ApiCallTimeoutException.class);
        assertThat(emulator.invocationCount("echo")).isEqualTo(1);
        assertThat(template.requestBody("lambda-ops:echo", "{\"n\":2}", String.class)).isEqualTo("{\"n\":2}");
    }
}
