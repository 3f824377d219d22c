package io.github.lambdaops.camel;

import java.io.InputStream;

import io.github.lambdaops.camel.invoke.FunctionErrorException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/** invokeWithResponseStream over the SDK's event stream: the body is the joined chunks, InvokeComplete the headers. */
class InvokeWithResponseStreamTest extends EmulatorRouteTestSupport {

    /** Larger than one chunk of the emulator's stream. */
    private static final String BIG_PAYLOAD = "\"" + "streamed ".repeat(10_000) + "\"";

    @Test
    void theBodyIsAStreamOfTheWholeResponseAndTheLogTailAHeader() throws Exception {
        createFunction("streamer", LOGGING);

        Exchange exchange = call("lambda-ops:streamer?operation=invokeWithResponseStream&logType=Tail", "{}",
                headers());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(InputStream.class);
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("\"logged\"");
        assertThat(exchange.getMessage().getHeader(STATUS_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(EXECUTED_VERSION)).isEqualTo("$LATEST");
        assertThat(exchange.getMessage().getHeader(LOG_RESULT, String.class)).contains("handled {}");
    }

    @Test
    void aPayloadOfManyChunksArrivesWholeAndInOrder() {
        createFunction("big-echo", ECHO);

        String reply = template.requestBody("lambda-ops:big-echo?operation=invokeWithResponseStream", BIG_PAYLOAD,
                String.class);

        assertThat(reply).isEqualTo(BIG_PAYLOAD);
    }

    @Test
    void aFunctionErrorAtTheEndOfTheStreamFailsTheExchange() {
        createFunction("stream-fail", FAIL);

        Exchange exchange = call("lambda-ops:stream-fail?operation=invokeWithResponseStream", "{\"n\":1}", headers());

        assertThat(exchange.getException()).isInstanceOf(FunctionErrorException.class)
                .hasMessageContaining("stream-fail").hasMessageContaining("IllegalStateException");
        assertThat(((FunctionErrorException) exchange.getException()).getErrorMessage()).contains("boom");
    }

    @Test
    void withFunctionErrorAsExceptionFalseTheErrorIsInHeaders() {
        createFunction("stream-fail-soft", FAIL);

        Exchange exchange = call("lambda-ops:stream-fail-soft?operation=invokeWithResponseStream"
                + "&functionErrorAsException=false", "{}", headers());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(FUNCTION_ERROR, String.class)).contains("IllegalStateException");
        assertThat(exchange.getMessage().getHeader(ERROR_DETAILS, String.class)).contains("boom");
    }
}
