package io.github.lambdaops.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.camel.LambdaOpsConstants.FUNCTION_NAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service errors (4xx, 5xx) are whole HTTP answers: the asynchronous client the component builds keeps their
 * connections open and pooled; so does the synchronous one after invokes, whose payload it reads itself. (The SDK's Netty client closes a connection after an answer that became a service
 * error, sometimes after it went back to the pool and another call took it.) Counted at the emulator's socket.
 */
class ConnectionReuseTest extends EmulatorRouteTestSupport {
    private static final String ENDPOINT = "lambda-ops:?transport=async&maxAttempts=1&maxConnections=16";

    @Test
    void aRunOfNotFoundAnswersOpensNoNewConnection() {
        createFunction("present", ECHO);
        fillThePool();
        long connectionsBefore = emulator.connectionCount();

        for (int i = 0; i < 200; i++) {
            Exchange exchange = call(ENDPOINT, "{}", headers(FUNCTION_NAME, "missing-" + i % 7));
            assertThat(exchange.getException()).isInstanceOf(ResourceNotFoundException.class);
        }

        assertThat(emulator.connectionCount() - connectionsBefore).as("new connections over 200 sequential 404s")
                .isZero();
    }

    @Test
    void theSynchronousClientPutsItsConnectionBackAfterEachInvoke() {
        createFunction("present", ECHO);
        String endpoint = "lambda-ops:present?transport=sync&maxConnections=1&apiCallTimeout=5000";
        assertThat(call(endpoint, "{}", headers()).getException()).isNull();
        long connectionsBefore = emulator.connectionCount();

        for (int i = 0; i < 20; i++) {
            assertThat(template.requestBody(endpoint, "{\"i\":" + i + "}", String.class)).isEqualTo("{\"i\":" + i + "}");
        }

        assertThat(emulator.connectionCount() - connectionsBefore).as("new connections over 20 invokes").isZero();
    }

    /** Calls made at once, so that the pool holds more connections than one call at a time ever needs. */
    private void fillThePool() {
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(template.asyncSend(ENDPOINT, exchange -> {
                exchange.getIn().setBody("{}");
                exchange.getIn().setHeader(FUNCTION_NAME, "present");
            }));
        }
        calls.forEach(call -> assertThat(call.join().getException()).isNull());
    }

    @Test
    void concurrentCallsHalfAnsweredNotFoundAllGetTheirOwnAnswerWithoutRetries() throws Exception {
        createFunction("present", ECHO);
        int threads = 16;
        int callsPerThread = 60;
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < callsPerThread; i++) {
                        boolean present = i % 2 == 0;
                        Exchange exchange = call(ENDPOINT, "{\"i\":" + i + "}",
                                headers(FUNCTION_NAME, present ? "present" : "absent"));
                        Exception failure = exchange.getException();
                        if (present ? failure != null : !(failure instanceof ResourceNotFoundException)) {
                            wrong.add((present ? "present" : "absent") + ": " + failure);
                        }
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(wrong).as("calls that failed otherwise than as answered").isEmpty();
    }
}
