package io.github.lambdaops.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.async.Delivery;
import io.github.lambdaops.emulator.support.LambdaTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.DeadLetterConfig;
import software.amazon.awssdk.services.lambda.model.DestinationConfig;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.eventually;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event invocations as AWS runs them: queued, retried by the event invoke config of the qualifier invoked, throttled
 * by reserved concurrency, and ended at their destinations or dead-letter queue. AWS's delays are scaled by 0.001
 * (a minute is 60 ms, the least maximum event age of 60 s is 60 ms).
 */
@WithLambdaEmulator(retryDelayScale = 0.001)
class AsyncInvocationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OUTCOMES = "arn:aws:sqs:us-east-1:000000000000:outcomes";
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:000000000000:dead-letters";
    private static final String FUNCTIONS = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final LambdaEmulator emulator;
    private final LambdaClient client;

    AsyncInvocationTest(LambdaEmulator emulator) {
        this.emulator = emulator;
        this.client = LambdaTestSupport.client(emulator);
        emulator.reset();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void aFunctionFailingTwiceThenSucceedingRunsThreeTimesAndReachesItsOnSuccessDestination() throws IOException {
        Queue<String> requestIds = new ConcurrentLinkedQueue<>();
        AtomicInteger calls = new AtomicInteger();
        emulator.registerHandler("flaky.handler", (event, context) -> {
            requestIds.add(context.getAwsRequestId());
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("not yet");
            }
            return "{\"shipped\":true}".getBytes(StandardCharsets.UTF_8);
        });
        client.createFunction(scriptFunction("flaky", "flaky.handler").build());
        client.putFunctionEventInvokeConfig(r -> r.functionName("flaky").destinationConfig(onSuccess(OUTCOMES)));

        InvokeResponse response = invokeEvent("flaky", null, "{\"order\":1}");

        assertThat(response.statusCode()).isEqualTo(202);
        Delivery delivery = awaitDeliveryTo(OUTCOMES);
        assertThat(emulator.invocationCount("flaky")).isEqualTo(3);
        String requestId = response.responseMetadata().requestId();
        assertThat(requestIds).containsExactly(requestId, requestId, requestId);
        assertThat(delivery.kind()).isEqualTo(Delivery.Kind.ON_SUCCESS);
        JsonNode record = JSON.readTree(delivery.body());
        assertThat(record.get("version").asText()).isEqualTo("1.0");
        assertThat(record.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(record.get("requestContext")).isEqualTo(JSON.readTree("{\"requestId\":\"" + requestId + "\","
                + "\"functionArn\":\"" + FUNCTIONS + "flaky:$LATEST\",\"condition\":\"Success\",\"approximateInvokeCount\":3}"));
        assertThat(record.get("requestPayload")).isEqualTo(JSON.readTree("{\"order\":1}"));
        assertThat(record.get("responseContext"))
                .isEqualTo(JSON.readTree("{\"statusCode\":200,\"executedVersion\":\"$LATEST\"}"));
        assertThat(record.get("responsePayload")).isEqualTo(JSON.readTree("{\"shipped\":true}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aFunctionThatAlwaysFailsReachesItsOnFailureDestinationAfterOnePlusMaximumRetryAttemptsRuns(int retries)
            throws IOException {
        failingFunction("broken", DEAD_LETTERS);
        client.putFunctionEventInvokeConfig(r -> r.functionName("broken").maximumRetryAttempts(retries)
                .destinationConfig(onFailure(OUTCOMES)));

        invokeEvent("broken", null, "{\"order\":2}");

        Delivery delivery = awaitDeliveryTo(OUTCOMES);
        assertThat(emulator.invocationCount("broken")).isEqualTo(1 + retries);
        assertThat(delivery.kind()).isEqualTo(Delivery.Kind.ON_FAILURE);
        JsonNode record = JSON.readTree(delivery.body());
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(1 + retries);
        assertThat(record.get("responseContext")).isEqualTo(JSON.readTree(
                "{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"}"));
        assertThat(record.at("/responsePayload/errorMessage").asText()).isEqualTo("inventory unavailable");
        assertThat(emulator.deliveries().to(DEAD_LETTERS)).as("an on-failure destination takes the place of the DLQ")
                .isEmpty();
    }

    @Test
    void withoutEventInvokeConfigAFailedEventIsRetriedTwiceThenGoesToTheDeadLetterQueue() {
        failingFunction("dlq", DEAD_LETTERS);

        InvokeResponse response = invokeEvent("dlq", null, "{\"order\":3}");

        Delivery delivery = awaitDeliveryTo(DEAD_LETTERS);
        assertThat(emulator.invocationCount("dlq")).isEqualTo(3);
        assertThat(delivery.kind()).isEqualTo(Delivery.Kind.DEAD_LETTER);
        assertThat(delivery.body()).isEqualTo("{\"order\":3}");
        assertThat(delivery.attributes()).containsOnly(
                Map.entry("RequestID", response.responseMetadata().requestId()),
                Map.entry("ErrorCode", "200"),
                Map.entry("ErrorMessage", "inventory unavailable"));
    }

    @Test
    void anEventOlderThanItsMaximumAgeIsNeverRunAndEndsOnTheFailurePath() throws IOException {
        emulator.registerHandler("idle.handler", (event, context) -> event);
        client.createFunction(scriptFunction("idle", "idle.handler").build());
        client.putFunctionConcurrency(r -> r.functionName("idle").reservedConcurrentExecutions(0));
        client.putFunctionEventInvokeConfig(r -> r.functionName("idle").maximumEventAgeInSeconds(60)
                .destinationConfig(onFailure(OUTCOMES)));

        invokeEvent("idle", null, "{\"order\":4}");

        JsonNode record = JSON.readTree(awaitDeliveryTo(OUTCOMES).body());
        assertThat(emulator.invocationCount("idle")).isZero();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isZero();
        assertThat(record.at("/responseContext/statusCode").asInt()).isEqualTo(429);
        assertThat(record.has("responsePayload")).isFalse();
    }

    @Test
    void anEventThatFailedAndIsTooOldForItsRetryEndsWithEventAgeExceeded() throws IOException {
        failingFunction("late", null);
        client.putFunctionEventInvokeConfig(r -> r.functionName("late").maximumEventAgeInSeconds(60)
                .destinationConfig(onFailure(OUTCOMES)));

        invokeEvent("late", null, "{}");

        JsonNode record = JSON.readTree(awaitDeliveryTo(OUTCOMES).body());
        assertThat(emulator.invocationCount("late")).isEqualTo(1);
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(record.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
    }

    @Test
    void throttledEventsWaitForTheReservedConcurrencyAndRunOneAtATime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        emulator.registerHandler("single.handler", (event, context) -> {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } finally {
                running.decrementAndGet();
            }
            return event;
        });
        client.createFunction(scriptFunction("single", "single.handler").timeout(20).build());
        client.putFunctionConcurrency(r -> r.functionName("single").reservedConcurrentExecutions(1));
        client.putFunctionEventInvokeConfig(r -> r.functionName("single").destinationConfig(onSuccess(OUTCOMES)));

        for (int i = 0; i < 3; i++) {
            invokeEvent("single", null, "{\"order\":" + i + "}");
        }
        eventually(DEADLINE, () -> assertThat(running).hasValue(1));
        assertThat(emulator.deliveries().to(OUTCOMES)).isEmpty();
        release.countDown();

        eventually(DEADLINE, () -> assertThat(emulator.deliveries().to(OUTCOMES)).hasSize(3));
        assertThat(emulator.invocationCount("single")).isEqualTo(3);
        assertThat(mostRunning).hasValue(1);
    }

    @Test
    void aTimedOutAttemptIsAFunctionErrorAndIsRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        emulator.registerHandler("stuck.handler", (event, context) -> {
            if (calls.incrementAndGet() == 1) {
                Thread.sleep(30_000);
            }
            return event;
        });
        client.createFunction(scriptFunction("stuck", "stuck.handler").timeout(1).build());
        client.putFunctionEventInvokeConfig(r -> r.functionName("stuck").destinationConfig(onSuccess(OUTCOMES)));

        invokeEvent("stuck", null, "{\"order\":6}");

        JsonNode record = JSON.readTree(awaitDeliveryTo(OUTCOMES).body());
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("Success");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
    }

    @Test
    void aPythonFunctionIsRetriedWithTheSameRequestIdAndItsAnswerEndsInTheRecord() throws IOException {
        assumeCommand("python3");
        client.createFunction(sourceFunction("py-flaky", "python3.12", "app.handler", Map.of("app.py", String.join("\n",
                "seen = []",
                "def handler(event, context):",
                "    seen.append(context.aws_request_id)",
                "    if len(seen) < 2:",
                "        raise Exception('cold')",
                "    return {'seen': seen}"))).build());
        client.putFunctionEventInvokeConfig(r -> r.functionName("py-flaky").destinationConfig(onSuccess(OUTCOMES)));

        String requestId = invokeEvent("py-flaky", null, "{}").responseMetadata().requestId();

        JsonNode record = JSON.readTree(awaitDeliveryTo(OUTCOMES).body());
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(record.get("responsePayload"))
                .isEqualTo(JSON.readTree("{\"seen\":[\"" + requestId + "\",\"" + requestId + "\"]}"));
    }

    @Test
    void closingTheEmulatorStopsTheThreadOfItsQueue() {
        Set<Thread> before = queueThreads();
        try (LambdaEmulator closing = LambdaEmulator.start(EmulatorSettings.builder().retryDelayScale(0.001).build());
             LambdaClient closingClient = LambdaTestSupport.client(closing)) {
            closing.registerHandler("echo.handler", (event, context) -> event);
            closingClient.createFunction(scriptFunction("held", "echo.handler").build());
            closingClient.putFunctionConcurrency(r -> r.functionName("held").reservedConcurrentExecutions(0));
            closingClient.invoke(r -> r.functionName("held").invocationType(InvocationType.EVENT));

            eventually(DEADLINE, () -> assertThat(queueThreads()).hasSizeGreaterThan(before.size()));
        }

        eventually(DEADLINE, () -> assertThat(before).containsAll(queueThreads()));
    }

    @Test
    void aLambdaDestinationIsInvokedWithTheRecord() throws IOException {
        Queue<String> received = new ConcurrentLinkedQueue<>();
        emulator.registerHandler("recorder.handler", (event, context) -> {
            received.add(new String(event, StandardCharsets.UTF_8));
            return null;
        });
        emulator.registerHandler("echo.handler", (event, context) -> event);
        client.createFunction(scriptFunction("recorder", "recorder.handler").build());
        client.createFunction(scriptFunction("source", "echo.handler").build());
        client.putFunctionEventInvokeConfig(r -> r.functionName("source")
                .destinationConfig(onSuccess(FUNCTIONS + "recorder")));

        InvokeResponse response = invokeEvent("source", null, "{\"order\":5}");

        eventually(DEADLINE, () -> assertThat(received).hasSize(1));
        JsonNode record = JSON.readTree(received.peek());
        assertThat(record.at("/requestContext/requestId").asText()).isEqualTo(response.responseMetadata().requestId());
        assertThat(record.at("/requestContext/functionArn").asText()).isEqualTo(FUNCTIONS + "source:$LATEST");
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("Success");
        assertThat(record.get("responsePayload")).isEqualTo(JSON.readTree("{\"order\":5}"));
        assertThat(emulator.deliveries().list()).isEmpty();
    }

    @Test
    void theEventInvokeConfigOfTheQualifierInvokedApplies() throws IOException {
        emulator.registerHandler("echo.handler", (event, context) -> event);
        client.createFunction(scriptFunction("versioned", "echo.handler").publish(true).build());
        client.createAlias(r -> r.functionName("versioned").name("live").functionVersion("1"));
        String latestQueue = OUTCOMES + "-latest";
        client.putFunctionEventInvokeConfig(r -> r.functionName("versioned").destinationConfig(onSuccess(latestQueue)));
        client.putFunctionEventInvokeConfig(r -> r.functionName("versioned").qualifier("live")
                .destinationConfig(onSuccess(OUTCOMES)));

        invokeEvent("versioned", "live", "{}");

        JsonNode record = JSON.readTree(awaitDeliveryTo(OUTCOMES).body());
        assertThat(record.at("/requestContext/functionArn").asText()).isEqualTo(FUNCTIONS + "versioned:live");
        assertThat(record.at("/responseContext/executedVersion").asText()).isEqualTo("1");
        assertThat(emulator.deliveries().to(latestQueue)).isEmpty();
    }

    @Test
    void deliveriesReachListenersAndTheAdminPath() throws Exception {
        Queue<Delivery> heard = new ConcurrentLinkedQueue<>();
        emulator.deliveries().onDelivery(heard::add);
        emulator.registerHandler("echo.handler", (event, context) -> event);
        client.createFunction(scriptFunction("told", "echo.handler").build());
        client.putFunctionEventInvokeConfig(r -> r.functionName("told")
                .destinationConfig(onSuccess("arn:aws:sns:us-east-1:000000000000:topic")));

        invokeEvent("told", null, "{}");

        eventually(DEADLINE, () -> assertThat(heard).extracting(Delivery::functionArn).contains(FUNCTIONS + "told:$LATEST"));
        HttpClient http = HttpClient.newHttpClient();
        URI admin = emulator.endpoint().resolve("/_emulator/deliveries");
        JsonNode listed = JSON.readTree(http.send(HttpRequest.newBuilder(admin).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(listed.get("deliveries")).hasSize(1);
        assertThat(listed.at("/deliveries/0/destination").asText()).isEqualTo("arn:aws:sns:us-east-1:000000000000:topic");
        assertThat(JSON.readTree(listed.at("/deliveries/0/body").asText()).at("/requestContext/condition").asText())
                .isEqualTo("Success");
        HttpResponse<String> cleared = http.send(HttpRequest.newBuilder(admin).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(emulator.deliveries().list()).isEmpty();
    }

    private static Set<Thread> queueThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("lambda-async-") && thread.isAlive())
                .collect(Collectors.toSet());
    }

    private void failingFunction(String name, String deadLetterQueue) {
        emulator.registerHandler("failing.handler", (event, context) -> {
            throw new IllegalStateException("inventory unavailable");
        });
        client.createFunction(scriptFunction(name, "failing.handler")
                .deadLetterConfig(deadLetterQueue == null ? null : DeadLetterConfig.builder().targetArn(deadLetterQueue).build())
                .build());
    }

    private InvokeResponse invokeEvent(String function, String qualifier, String payload) {
        return client.invoke(r -> r.functionName(function).qualifier(qualifier).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    private Delivery awaitDeliveryTo(String destination) {
        eventually(DEADLINE, () -> assertThat(emulator.deliveries().to(destination)).hasSize(1));
        List<Delivery> deliveries = emulator.deliveries().to(destination);
        return deliveries.get(0);
    }

    private static DestinationConfig onSuccess(String destination) {
        return DestinationConfig.builder().onSuccess(d -> d.destination(destination)).build();
    }

    private static DestinationConfig onFailure(String destination) {
        return DestinationConfig.builder().onFailure(d -> d.destination(destination)).build();
    }
}
