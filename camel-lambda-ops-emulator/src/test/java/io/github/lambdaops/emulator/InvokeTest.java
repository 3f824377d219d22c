package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.runtime.FunctionContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.eventually;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvokeTest extends EmulatorSdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void registerHandlers() {
        lambda.emulator().registerHandler("echo.handler", (event, context) -> event);
        lambda.emulator().registerHandler("whoami.handler", (event, context) -> ("\"" + context.getFunctionName() + ":"
                + context.getFunctionVersion() + ":" + context.getInvokedFunctionArn() + "\"").getBytes(StandardCharsets.UTF_8));
        lambda.emulator().registerHandler("logging.handler", (event, context) -> {
            context.getLogger().log("processing " + new String(event, StandardCharsets.UTF_8) + "\n");
            return "\"done\"".getBytes(StandardCharsets.UTF_8);
        });
        lambda.emulator().registerHandler("failing.handler", (event, context) -> {
            throw new IllegalStateException("inventory unavailable");
        });
    }

    @Test
    void invokeRunsTheRegisteredHandlerAndAnswersItsPayload() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());

        InvokeResponse response = client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("{\"id\":7}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.payload().asUtf8String()).isEqualTo("{\"id\":7}");
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void invokeGivesTheHandlerAContextDescribingTheFunction() {
        client.createFunction(scriptFunction("who", "whoami.handler").build());

        InvokeResponse response = client.invoke(r -> r.functionName("who"));

        assertThat(response.payload().asUtf8String())
                .isEqualTo("\"who:$LATEST:arn:aws:lambda:us-east-1:000000000000:function:who\"");
    }

    @Test
    void invokeFindsTheFunctionByArnPartialArnAndQualifiedName() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());

        for (String name : new String[] {"arn:aws:lambda:us-east-1:000000000000:function:echo",
                "000000000000:function:echo", "echo:$LATEST"}) {
            assertThat(client.invoke(r -> r.functionName(name)).statusCode()).as(name).isEqualTo(200);
        }
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(3);
    }

    @Test
    void invokeOfAPublishedVersionRunsThatVersion() {
        client.createFunction(scriptFunction("who", "whoami.handler").publish(true).build());

        InvokeResponse response = client.invoke(r -> r.functionName("who").qualifier("1"));

        assertThat(response.executedVersion()).isEqualTo("1");
        assertThat(response.payload().asUtf8String())
                .isEqualTo("\"who:1:arn:aws:lambda:us-east-1:000000000000:function:who:1\"");
    }

    @Test
    void invokeWithEventTypeAnswers202AndRunsTheFunctionInTheBackground() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        lambda.emulator().registerHandler("slow.handler", (event, context) -> {
            released.await(10, TimeUnit.SECONDS);
            ran.set(true);
            return null;
        });
        client.createFunction(scriptFunction("slow", "slow.handler").timeout(20).build());

        InvokeResponse response = client.invoke(r -> r.functionName("slow").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.payload().asByteArray()).isEmpty();
        assertThat(ran).isFalse();
        released.countDown();
        eventually(Duration.ofSeconds(5), () -> assertThat(ran).isTrue());
        assertThat(lambda.emulator().invocationCount("slow")).isEqualTo(1);
    }

    @Test
    void invokeWithDryRunAnswers204WithoutRunningTheFunction() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());

        InvokeResponse response = client.invoke(r -> r.functionName("echo").invocationType(InvocationType.DRY_RUN));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(lambda.emulator().invocationCount("echo")).isZero();
    }

    @Test
    void invokeWithTailReturnsDecodedLogOfTheFunction() {
        client.createFunction(scriptFunction("logger", "logging.handler").build());

        InvokeResponse response = client.invoke(r -> r.functionName("logger").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("\"order-1\"")));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("(?s)START RequestId: [0-9a-f-]{36} Version: \\$LATEST\n"
                + "processing \"order-1\"\nEND RequestId: [0-9a-f-]{36}\nREPORT RequestId: .*Duration: .* ms");
    }

    @Test
    void invokeWithoutTailReturnsNoLog() {
        client.createFunction(scriptFunction("logger", "logging.handler").build());

        assertThat(client.invoke(r -> r.functionName("logger")).logResult()).isNull();
    }

    @Test
    void invokeOfAThrowingHandlerAnswersUnhandledWithTheErrorPayload() throws Exception {
        client.createFunction(scriptFunction("failing", "failing.handler").build());

        InvokeResponse response = client.invoke(r -> r.functionName("failing"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorMessage").asText()).isEqualTo("inventory unavailable");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").isArray()).isTrue();
        assertThat(error.get("stackTrace").get(0).asText()).startsWith(InvokeTest.class.getName());
    }

    @Test
    void invokeOfAFunctionRunningPastItsTimeoutAnswersTaskTimedOutAndInterruptsIt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        lambda.emulator().registerHandler("sleepy.handler", (event, context) -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        });
        client.createFunction(scriptFunction("sleepy", "sleepy.handler").timeout(1).build());

        long start = System.nanoTime();
        InvokeResponse response = client.invoke(r -> r.functionName("sleepy"));

        // not before the function's timeout, and well before the handler would have finished by itself
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(9));
        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorMessage").asText())
                .matches("RequestId: [0-9a-f-]{36} Error: Task timed out after 1.00 seconds");
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void invokeOfARuntimeTheEmulatorCannotRunAnswersRuntimeExitError() throws Exception {
        client.createFunction(scriptFunction("ruby", "unregistered.handler").runtime("ruby3.3").build());

        InvokeResponse response = client.invoke(r -> r.functionName("ruby"));

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText()).contains("cannot execute the ruby3.3 runtime");
        assertThat(lambda.emulator().invocationCount("ruby")).isZero();
    }

    @Test
    void invokeWithAPayloadOver6MbFailsWithRequestTooLarge() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String payload = "\"" + "x".repeat(6 * 1024 * 1024) + "\"";

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String(payload))))
                .isInstanceOf(RequestTooLargeException.class)
                .hasMessageContaining("Request must be smaller than 6291456 bytes");
    }

    @Test
    void invokeOfAnEventOver1MbFailsWithRequestTooLarge() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String payload = "\"" + "x".repeat(1024 * 1024) + "\"";

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("echo").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload))))
                .isInstanceOf(RequestTooLargeException.class)
                .hasMessageContaining("1048576 bytes");
    }

    @Test
    void invokeWithAPayloadThatIsNotJsonFailsWithInvalidRequestContent() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("{oops"))))
                .isInstanceOf(InvalidRequestContentException.class)
                .hasMessageContaining("Could not parse request body into json");
        assertThat(lambda.emulator().invocationCount("echo")).isZero();
    }

    @Test
    void invokeOfAnUnknownFunctionFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.invoke(r -> r.functionName("missing")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing");
    }

    @Test
    void invokeOfAnUnknownVersionFailsWithResourceNotFound() {
        client.createFunction(scriptFunction("echo", "echo.handler").build());

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("echo").qualifier("7")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("function:echo:7");
    }

    @Test
    void invokePassesTheClientContextToTheFunction() {
        lambda.emulator().registerHandler("client.handler", (event, context) ->
                ("\"" + context.getClientContext().getCustom().get("tenant") + "/"
                        + context.getClientContext().getClient().getAppTitle() + "\"").getBytes(StandardCharsets.UTF_8));
        client.createFunction(scriptFunction("client-aware", "client.handler").build());
        String clientContext = Base64.getEncoder().encodeToString(
                "{\"client\":{\"app_title\":\"shop\"},\"custom\":{\"tenant\":\"acme\"}}".getBytes(StandardCharsets.UTF_8));

        InvokeResponse response = client.invoke(r -> r.functionName("client-aware").clientContext(clientContext));

        assertThat(response.payload().asUtf8String()).isEqualTo("\"acme/shop\"");
    }

    @Test
    void invokeGivesTheFunctionItsEnvironmentThroughTheContext() {
        lambda.emulator().registerHandler("env.handler", (event, context) ->
                ("\"" + ((FunctionContext) context).getEnvironment().get("STAGE") + "\"").getBytes(StandardCharsets.UTF_8));
        client.createFunction(scriptFunction("env", "env.handler")
                .environment(Environment.builder().variables(Map.of("STAGE", "test")).build()).build());

        assertThat(client.invoke(r -> r.functionName("env")).payload().asUtf8String()).isEqualTo("\"test\"");
    }
}
