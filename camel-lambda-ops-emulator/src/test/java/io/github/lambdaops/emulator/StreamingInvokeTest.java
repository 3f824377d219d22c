package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.asyncClient;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** InvokeWithResponseStream, read with the SDK's own event-stream handling. */
class StreamingInvokeTest {
    /** Larger than one chunk of the stream. */
    private static final String BIG_PAYLOAD = "\"" + "streamed ".repeat(10_000) + "\"";

    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension();
    static LambdaAsyncClient client;

    @BeforeAll
    static void createFunctions() {
        lambda.emulator().registerHandler("echo.handler", (event, context) -> {
            context.getLogger().log("echoing " + event.length + " bytes\n");
            return event;
        });
        lambda.emulator().registerHandler("failing.handler", (event, context) -> {
            throw new IllegalStateException("the stream broke");
        });
        try (LambdaClient sync = client(lambda.emulator())) {
            sync.createFunction(scriptFunction("echo", "echo.handler").build());
            sync.createFunction(scriptFunction("failing", "failing.handler").build());
        }
        client = asyncClient(lambda.emulator());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theResponseArrivesAsPayloadChunksFollowedByInvokeCompleteWithTheLogTail() {
        Stream stream = invoke("echo", BIG_PAYLOAD, LogType.TAIL);

        assertThat(stream.payload.toString(StandardCharsets.UTF_8)).isEqualTo(BIG_PAYLOAD);
        assertThat(stream.chunks.get()).isGreaterThan(1);
        assertThat(stream.complete.get().errorCode()).isNull();
        assertThat(new String(Base64.getDecoder().decode(stream.complete.get().logResult()), StandardCharsets.UTF_8))
                .contains("echoing " + BIG_PAYLOAD.length() + " bytes");
        assertThat(stream.response.get().statusCode()).isEqualTo(200);
        assertThat(stream.response.get().executedVersion()).isEqualTo("$LATEST");
    }

    @Test
    void aFailingFunctionEndsTheStreamWithItsErrorInInvokeComplete() {
        Stream stream = invoke("failing", "{}", LogType.NONE);

        assertThat(stream.chunks.get()).isZero();
        assertThat(stream.complete.get().errorCode()).isEqualTo("java.lang.IllegalStateException");
        assertThat(stream.complete.get().errorDetails()).isEqualTo("the stream broke");
        assertThat(stream.complete.get().logResult()).isNull();
    }

    @Test
    void aMissingFunctionFailsWithResourceNotFoundBeforeAnyEvent() {
        assertThatThrownBy(() -> invoke("missing", "{}", LogType.NONE))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    private static Stream invoke(String function, String payload, LogType logType) {
        Stream stream = new Stream();
        InvokeWithResponseStreamResponseHandler handler = InvokeWithResponseStreamResponseHandler.builder()
                .onResponse(stream.response::set)
                .subscriber(InvokeWithResponseStreamResponseHandler.Visitor.builder()
                        .onPayloadChunk(chunk -> {
                            stream.chunks.incrementAndGet();
                            stream.payload.writeBytes(chunk.payload().asByteArray());
                        })
                        .onInvokeComplete(stream.complete::set)
                        .build())
                .build();
        client.invokeWithResponseStream(InvokeWithResponseStreamRequest.builder().functionName(function)
                .logType(logType).payload(SdkBytes.fromUtf8String(payload)).build(), handler).join();
        return stream;
    }

    /** What the SDK handed the handler. */
    private static final class Stream {
        final AtomicReference<InvokeWithResponseStreamResponse> response = new AtomicReference<>();
        final AtomicReference<InvokeWithResponseStreamCompleteEvent> complete = new AtomicReference<>();
        final AtomicInteger chunks = new AtomicInteger();
        final ByteArrayOutputStream payload = new ByteArrayOutputStream();
    }
}
