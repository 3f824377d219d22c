package io.github.lambdaops.camel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.github.lambdaops.camel.functions.GreetingHandler;
import io.github.lambdaops.camel.invoke.FunctionErrorException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

class InvokeTest extends EmulatorRouteTestSupport {

    @Test
    void invokeSendsStringBodyAsUtf8AndConvertsThePayloadBackAsUtf8() {
        createFunction("echo", ECHO);
        String json = "{\"greeting\":\"Grüße, 世界\"}";

        Exchange exchange = call("lambda-ops:echo", json, headers());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(InvokeResponse.class);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(json);
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.getMessage().getHeader(STATUS_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(EXECUTED_VERSION)).isEqualTo("$LATEST");
        assertThat(exchange.getMessage().getHeader(FUNCTION_ERROR)).isNull();
    }

    @Test
    void aPayloadThatIsNotUtf8ConvertsToTextWithReplacementCharacters() {
        byte[] latin1 = "\"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1);
        emulator.registerHandler("test.latin1", (event, context) -> latin1);
        createFunction("latin1", "test.latin1");

        Exchange exchange = call("lambda-ops:latin1", "{}", headers());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("\"caf\uFFFD\"");
        assertThat(exchange.getMessage().getBody(byte[].class)).isEqualTo(latin1);
    }

    @Test
    void invokeAcceptsByteArrayInputStreamAndSdkBytesBodies() throws Exception {
        createFunction("echo", ECHO);
        byte[] json = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);

        for (Object body : new Object[] { json, new ByteArrayInputStream(json), SdkBytes.fromByteArray(json) }) {
            Exchange exchange = call("lambda-ops:echo", body, headers());
            try (InputStream payload = exchange.getMessage().getBody(InputStream.class)) {
                assertThat(payload.readAllBytes()).as("body of type %s", body.getClass()).isEqualTo(json);
            }
        }
    }

    @Test
    void invokeRunsARealJavaFunctionFromItsZip() {
        template.sendBodyAndHeaders("lambda-ops:greeter?operation=createFunction",
                TestZips.ofClasses(GreetingHandler.class),
                headers(ROLE, ROLE_ARN, RUNTIME, "java21",
                        HANDLER, GreetingHandler.class.getName() + "::handleRequest"));

        String reply = template.requestBody("lambda-ops:greeter", "{\"name\":\"Camel\"}", String.class);

        assertThat(reply).isEqualTo("\"Hello, Camel!\"");
    }

    @Test
    void headerFunctionNameWinsOverTheEndpointPath() {
        createFunction("path-fn", ECHO);
        createFunction("header-fn", ECHO);

        call("lambda-ops:path-fn", "{}", headers(FUNCTION_NAME, "header-fn"));

        assertThat(emulator.invocationCount("header-fn")).isEqualTo(1);
        assertThat(emulator.invocationCount("path-fn")).isZero();
    }

    @Test
    void operationHeaderOverridesTheUriOption() {
        createFunction("echo", ECHO);

        Exchange exchange = call("lambda-ops:echo?operation=getFunction", "{}", headers(OPERATION, "invoke"));

        assertThat(exchange.getMessage().getBody()).isInstanceOf(InvokeResponse.class);
        assertThat(emulator.invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void eventInvokeReturns202AndTheFunctionRunsInTheBackground() throws Exception {
        createFunction("echo", ECHO);

        Exchange exchange = call("lambda-ops:echo?invocationType=Event", "{}", headers());

        assertThat(exchange.getMessage().getHeader(STATUS_CODE)).isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (emulator.invocationCount("echo") == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(emulator.invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void dryRunHeaderOverridesTheUriInvocationTypeAndRunsNothing() {
        createFunction("echo", ECHO);

        Exchange exchange = call("lambda-ops:echo?invocationType=Event", "{}", headers(INVOCATION_TYPE, "DryRun"));

        assertThat(exchange.getMessage().getHeader(STATUS_CODE)).isEqualTo(204);
        assertThat(emulator.invocationCount("echo")).isZero();
    }

    @Test
    void tailLogTypeDecodesTheLogIntoTheLogResultHeader() {
        createFunction("logger", LOGGING);

        Exchange exchange = call("lambda-ops:logger", "{\"x\":1}", headers(LOG_TYPE, "Tail"));

        assertThat(exchange.getMessage().getHeader(LOG_RESULT, String.class)).contains("handled {\"x\":1}");
    }

    @Test
    void functionErrorFailsTheExchangeWithTheErrorDocument() {
        createFunction("failing", FAIL);

        Exchange exchange = call("lambda-ops:failing", "{\"id\":7}", headers());

        assertThat(exchange.getException()).isInstanceOf(FunctionErrorException.class);
        FunctionErrorException error = (FunctionErrorException) exchange.getException();
        assertThat(error.getFunctionError()).isEqualTo("Unhandled");
        assertThat(error.getStatusCode()).isEqualTo(200);
        assertThat(error.getErrorMessage()).isEqualTo("boom: {\"id\":7}");
        assertThat(error.getErrorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.getPayload()).contains("\"errorMessage\"");
        assertThat(error.getMessage()).contains("failing").contains("boom");
    }

    @Test
    void functionErrorIsAHeaderWhenFunctionErrorAsExceptionIsFalse() {
        createFunction("failing", FAIL);

        Exchange exchange = call("lambda-ops:failing?functionErrorAsException=false", "{}", headers());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(FUNCTION_ERROR)).isEqualTo("Unhandled");
        assertThat(exchange.getMessage().getBody(String.class)).contains("boom");
    }

    @Test
    void aMessageInvokedAgainLosesTheFormerCallsFunctionErrorAndLog() {
        createFunction("failing", FAIL);
        createFunction("echo", ECHO);
        Exchange failed = call("lambda-ops:failing?functionErrorAsException=false&logType=Tail", "{}", headers());
        assertThat(failed.getMessage().getHeaders()).containsKeys(FUNCTION_ERROR, LOG_RESULT);

        Exchange again = call("lambda-ops:echo", "{}", failed.getMessage().getHeaders());

        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeaders()).doesNotContainKeys(FUNCTION_ERROR, LOG_RESULT)
                .containsEntry(STATUS_CODE, 200).containsEntry(EXECUTED_VERSION, "$LATEST");
    }

    @Test
    void qualifierSelectsAPublishedVersion() {
        createFunction("versioned", ECHO);
        template.requestBody("lambda-ops:versioned?operation=publishVersion", (Object) null);

        Exchange byHeader = call("lambda-ops:versioned", "{}", headers(QUALIFIER, "1"));
        Exchange byOption = call("lambda-ops:versioned?qualifier=1", "{}", headers());

        assertThat(byHeader.getMessage().getHeader(EXECUTED_VERSION)).isEqualTo("1");
        assertThat(byOption.getMessage().getHeader(EXECUTED_VERSION)).isEqualTo("1");
    }

    @Test
    void invokingAMissingFunctionRaisesTheSdkException() {
        Exchange exchange = call("lambda-ops:nowhere", "{}", headers());

        assertThat(exchange.getException()).isInstanceOf(ResourceNotFoundException.class);
    }
}
