package io.github.lambdaops.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import io.github.lambdaops.emulator.faults.Fault;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 clients, each owning a few functions, run a mixed load of create, update, publish, invoke, get and delete through the
 * component for a bounded time, with 2% of all requests failing by injection. Each client keeps a model of its
 * functions (an injected fault happens before the action, so a failed call changes nothing). Afterwards the
 * emulator must agree with every model, and every 5xx the clients saw must be one the emulator injected.
 */
class MixedLoadTest extends EmulatorRouteTestSupport {
    private static final int CLIENTS = 64;
    private static final int FUNCTIONS_PER_CLIENT = 3;
    private static final Duration LOAD_TIME = Duration.ofSeconds(3);
    /** Each client makes at least this many calls, however slow the machine, and then stops at the deadline. */
    private static final int MIN_CALLS_PER_CLIENT = 8;
    /**
     * Each call tried once, so that every injected fault reaches the model; on the asynchronous client, whose
     * connections stay open after the many 4xx answers of this load (see ConnectionReuseTest): no call fails for
     * another's answer.
     */
    private static final String ENDPOINT = "lambda-ops:load?transport=async&maxAttempts=1&maxConnections=" + CLIENTS;

    private final AtomicLong serverErrorsSeen = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    /** Per function: null when it should not exist, else the versions published so far (ascending). */
    private final Map<String, List<Integer>> model = new ConcurrentHashMap<>();

    @Test
    void mixedLoadLeavesEveryFunctionAndVersionAsTheClientsLeftThem() throws Exception {
        emulator.faults().forAnyAction().failFraction(0.02, 64, Fault.serviceException());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + LOAD_TIME.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> runClient(client, deadline)));
        }
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        long injected = emulator.faults().injected();
        emulator.faults().clear();

        assertThat(unexpected).isEmpty();
        assertThat(calls.get()).isGreaterThan(CLIENTS);
        assertThat(injected).isPositive();
        assertThat(serverErrorsSeen.get()).as("5xx seen by clients, all injected").isEqualTo(injected);
        for (int client = 0; client < CLIENTS; client++) {
            for (int f = 0; f < FUNCTIONS_PER_CLIENT; f++) {
                assertEmulatorAgrees(name(client, f), model.get(name(client, f)));
            }
        }
    }

    private void runClient(int client, long deadline) {
        SplittableRandom random = new SplittableRandom(client);
        for (int made = 0; made < MIN_CALLS_PER_CLIENT || System.nanoTime() < deadline; made++) {
            String function = name(client, random.nextInt(FUNCTIONS_PER_CLIENT));
            List<Integer> versions = model.get(function);
            if (versions == null) {
                step(function, "createFunction", TestZips.placeholder(),
                        Map.of(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO),
                        exchange -> model.put(function, List.of()));
                continue;
            }
            switch (random.nextInt(5)) {
                case 0 -> step(function, "publishVersion", null, Map.of(), exchange -> {
                    int version = Integer.parseInt(exchange.getMessage().getBody(PublishVersionResponse.class).version());
                    if (!versions.isEmpty() && version < versions.get(versions.size() - 1)) {
                        unexpected.add(function + " published version " + version + " after " + versions);
                    }
                    List<Integer> next = new ArrayList<>(versions);
                    if (!next.contains(version)) {
                        next.add(version);
                    }
                    model.put(function, List.copyOf(next));
                });
                case 1 -> step(function, "deleteFunction", null, Map.of(), exchange -> model.remove(function));
                case 2 -> step(function, "getFunction", null, Map.of(), exchange -> { });
                case 3 -> step(function, "updateFunctionConfiguration", null,
                        Map.of(DESCRIPTION, "call " + calls.get()), exchange -> { });
                default -> {
                    String payload = "{\"from\":\"" + function + "\"}";
                    step(function, "invoke", payload, Map.of(), exchange -> {
                        if (!payload.equals(exchange.getMessage().getBody(String.class))) {
                            unexpected.add(function + " echoed " + exchange.getMessage().getBody(String.class));
                        }
                    });
                }
            }
        }
    }

    private void step(String function, String operation, Object body, Map<String, Object> headers,
                      Consumer<Exchange> onSuccess) {
        Map<String, Object> all = new HashMap<>(headers);
        all.put(OPERATION, operation);
        all.put(FUNCTION_NAME, function);
        Exchange exchange = call(ENDPOINT, body, all);
        calls.incrementAndGet();
        Exception failure = exchange.getException();
        if (failure == null) {
            onSuccess.accept(exchange);
        } else if (failure instanceof SdkServiceException service && service.statusCode() >= 500) {
            serverErrorsSeen.incrementAndGet();
        } else {
            unexpected.add(operation + " " + function + " failed: " + failure);
        }
    }

    private void assertEmulatorAgrees(String function, List<Integer> versions) {
        Exchange latest = call(ENDPOINT, null, headers(OPERATION, "getFunction", FUNCTION_NAME, function));
        if (versions == null) {
            assertThat(latest.getException()).as(function + " was deleted or never created")
                    .isInstanceOf(ResourceNotFoundException.class);
            return;
        }
        assertThat(latest.getException()).as(function + " exists").isNull();
        for (int version : versions) {
            Exchange published = call(ENDPOINT, null,
                    headers(OPERATION, "getFunction", FUNCTION_NAME, function, QUALIFIER, Integer.toString(version)));
            assertThat(published.getException()).as(function + ":" + version + " exists").isNull();
        }
        int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
        Exchange unpublished = call(ENDPOINT, null,
                headers(OPERATION, "getFunction", FUNCTION_NAME, function, QUALIFIER, Integer.toString(next)));
        assertThat(unpublished.getException()).as(function + ":" + next + " was never published")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static String name(int client, int function) {
        return "load-" + client + "-" + function;
    }
}
