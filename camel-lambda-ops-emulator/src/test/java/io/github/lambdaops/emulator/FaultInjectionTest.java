package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import io.github.lambdaops.emulator.faults.Fault;
import io.github.lambdaops.emulator.http.ApiAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ServiceException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.clientWithoutRetries;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.failedGetFunctions;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends EmulatorSdkTest {

    @BeforeAll
    static void connect() {
        client = clientWithoutRetries(lambda.emulator(), Duration.ofSeconds(20));
        lambda.emulator().registerHandler("echo.handler", (event, context) -> event);
    }

    @BeforeEach
    void createEcho() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
    }

    @Test
    void failNextThrottlesTheNextInvokesWithRetryAfterAndLeavesOtherActionsAlone() {
        lambda.emulator().faults().forAction("Invoke").failNext(3, Fault.tooManyRequests(2));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(this::invokeEcho)
                    .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.retryAfterSeconds()).isEqualTo("2");
                    });
            assertThat(client.getFunction(r -> r.functionName("echo")).configuration().functionName())
                    .isEqualTo("echo");
        }
        assertThat(invokeEcho()).isEqualTo("{\"n\":1}");
        assertThat(lambda.emulator().faults().injected("Invoke")).isEqualTo(3);
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void injectedServerErrorsReachTheSdkWithTheirStatusAndType() {
        lambda.emulator().faults().forAction("GetFunction")
                .failNext(1, Fault.serviceException())
                .failNext(1, Fault.serviceUnavailable());

        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("echo")))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("echo")))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailableException");
                });
    }

    @Test
    void aSeededFractionInjectsTheSameFaultsEveryRun() {
        List<Integer> firstRun = failedCallsOf(40);
        lambda.emulator().faults().clear();
        List<Integer> secondRun = failedCallsOf(40);

        assertThat(firstRun).isNotEmpty().hasSizeLessThan(40).isEqualTo(secondRun);
    }

    @Test
    void aDroppedConnectionSurfacesAsTheSdksClientExceptionAfterTheActionRan() {
        lambda.emulator().faults().forAction("Invoke").dropNext(1);

        assertThatThrownBy(this::invokeEcho).isInstanceOf(SdkClientException.class)
                .isNotInstanceOf(ApiCallTimeoutException.class);
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(1);
        assertThat(invokeEcho()).isEqualTo("{\"n\":1}");
    }

    @Test
    void addedLatencyHoldsTheRequestBeyondTheCallersTimeout() {
        lambda.emulator().faults().forAction("Invoke").delayNext(1, Duration.ofSeconds(10));

        try (LambdaClient impatient = clientWithoutRetries(lambda.emulator(), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.invoke(r -> r.functionName("echo")))
                    .isInstanceOf(ApiCallTimeoutException.class);
        }
        // only the next request was delayed (a patient client, so a busy machine cannot fail this one)
        assertThat(client.invoke(r -> r.functionName("echo")).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminPathAddsListsAndClearsRules() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI faults = lambda.emulator().endpoint().resolve("/_emulator/faults");

        HttpResponse<String> added = http.send(HttpRequest.newBuilder(faults).POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\": \"GetFunction\", \"count\": 1, \"status\": 429, \"errorType\": \"TooManyRequestsException\","
                        + " \"retryAfterSeconds\": 1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("echo")))
                .isInstanceOf(TooManyRequestsException.class);

        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(faults).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(listed.body()).contains("\"action\":\"GetFunction\"", "\"injected\":1", "\"count\":0");

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(faults).POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\": \"Invoke\", \"count\": 1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("exactly one fault", "status", "latencyMillis", "dropConnection");
        HttpResponse<String> nullRule = http.send(HttpRequest.newBuilder(faults).POST(
                HttpRequest.BodyPublishers.ofString("null")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nullRule.statusCode()).isEqualTo(400);
        assertThat(nullRule.body()).contains("Not a fault rule");

        http.send(HttpRequest.newBuilder(faults).POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\": \"*\", \"latencyMillis\": 10}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> cleared = http.send(HttpRequest.newBuilder(faults).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cleared.body()).contains("\"rules\":[]");
        assertThat(lambda.emulator().faults().rules()).isEmpty();
    }

    @Test
    void aRuleForAnActionNameTheEmulatorDoesNotKnowFailsWhenItIsConfigured() throws Exception {
        assertThatThrownBy(() -> lambda.emulator().faults().forAction("invoke"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'invoke'").hasMessageContaining("Did you mean Invoke?");
        assertThatThrownBy(() -> lambda.emulator().faults().injected("GetFunctions"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'GetFunctions'");

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                lambda.emulator().endpoint().resolve("/_emulator/faults")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"action\": \"invoke\", \"count\": 1, \"status\": 500, \"errorType\": \"ServiceException\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("'invoke'", "Did you mean Invoke?");
        assertThat(lambda.emulator().faults().rules()).isEmpty();
        assertThat(invokeEcho()).isEqualTo("{\"n\":1}");
    }

    @Test
    void rulesMayNameTheActionByItsConstant() {
        lambda.emulator().faults().forAction(ApiAction.GET_FUNCTION).failNext(1, Fault.serviceException());

        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("echo"))).isInstanceOf(ServiceException.class);
        assertThat(lambda.emulator().faults().injected("GetFunction")).isEqualTo(1);
    }

    private List<Integer> failedCallsOf(int calls) {
        lambda.emulator().faults().forAction("GetFunction").failFraction(0.3, 7, Fault.serviceException());
        return failedGetFunctions(client, "echo", calls);
    }

    private String invokeEcho() {
        return client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("{\"n\":1}")))
                .payload().asUtf8String();
    }
}
