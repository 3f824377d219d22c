package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.asyncClient;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.clientWithoutRetries;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * InvokeWithResponseStream, read with the SDK's own event-stream handling. The live tests' functions write a first
 * chunk, then wait for a file that the test creates only once that chunk has reached it, then write a second: they
 * can only finish (rather than time out) if each chunk is forwarded as the function produces it.
 */
class StreamingInvokeTest {
    /** Larger than one chunk of the stream. */
    private static final String BIG_PAYLOAD = "\"" + "streamed ".repeat(10_000) + "\"";
    private static final String NODE_APP = """
            const fs = require('fs');
            const untilExists = async (file) => {
              while (!fs.existsSync(file)) {
                await new Promise((resolve) => setTimeout(resolve, 20));
              }
            };
            exports.live = awslambda.streamifyResponse(async (signalFile, responseStream) => {
              responseStream.setContentType('text/plain');
              responseStream.write('first chunk;');
              await untilExists(signalFile);
              responseStream.write('second chunk');
              responseStream.end();
            });
            exports.broken = awslambda.streamifyResponse(async (event, responseStream) => {
              responseStream.write('half a response');
              throw new TypeError('the stream broke half-way');
            });
            exports.big = awslambda.streamifyResponse(async (event, responseStream) => {
              responseStream.write(Buffer.alloc(7 * 1024 * 1024, 'a'));
              responseStream.end();
            });
            exports.http = awslambda.streamifyResponse(async (event, responseStream) => {
              const stream = awslambda.HttpResponseStream.from(responseStream,
                { statusCode: 201, headers: { 'X-Answer': '42' } });
              stream.write('created');
              stream.end();
            });
            """;
    /** A custom runtime streaming with curl: its stdin is sent as it comes, in HTTP chunks. */
    private static final String STREAMING_BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              SIGNAL_FILE="$(curl -sS -D "$HEADERS" "$API/invocation/next" | tr -d '"')"
              REQUEST_ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d' ' -f2 | tr -d '\\r')"
              { printf 'first chunk;'; while [ ! -e "$SIGNAL_FILE" ]; do sleep 0.02; done; printf 'second chunk'; } \\
                | curl -sS -X POST -T - -H 'Lambda-Runtime-Function-Response-Mode: streaming' \\
                  -H 'Content-Type: text/plain' "$API/invocation/$REQUEST_ID/response" > /dev/null
            done
            """;

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
            Map<String, String> node = Map.of("index.js", NODE_APP);
            sync.createFunction(sourceFunction("node-live", "nodejs20.x", "index.live", node).timeout(10).build());
            sync.createFunction(sourceFunction("node-reserved", "nodejs20.x", "index.live", node).timeout(10).build());
            sync.putFunctionConcurrency(request -> request.functionName("node-reserved").reservedConcurrentExecutions(1));
            sync.createFunction(sourceFunction("node-broken", "nodejs20.x", "index.broken", node).build());
            sync.createFunction(sourceFunction("node-big", "nodejs20.x", "index.big", node).build());
            sync.createFunction(sourceFunction("node-http", "nodejs20.x", "index.http", node).build());
            sync.createFunction(sourceFunction("custom-live", "provided.al2023", "any.handler",
                    Map.of("bootstrap", STREAMING_BOOTSTRAP)).timeout(10).build());
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"node-live, node", "custom-live, curl"})
    void theFirstChunkReachesTheClientBeforeTheFunctionReturns(String function, String command,
                                                               @TempDir Path directory) {
        assumeCommand(command);
        Path signal = directory.resolve("first-chunk-received");

        Stream stream = invoke(function, "\"" + signal + "\"", LogType.NONE, () -> touch(signal));

        assertThat(stream.complete.get().errorCode()).isNull();
        assertThat(stream.payload.toString(StandardCharsets.UTF_8)).isEqualTo("first chunk;second chunk");
        assertThat(stream.chunks.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStreamHoldsItsPlaceInTheFunctionsReservedConcurrencyUntilItEnds(@TempDir Path directory) {
        assumeCommand("node");
        Path signal = directory.resolve("first-chunk-received");
        AtomicReference<Throwable> secondInvoke = new AtomicReference<>();

        Stream stream;
        try (LambdaClient sync = clientWithoutRetries(lambda.emulator())) {
            stream = invoke("node-reserved", "\"" + signal + "\"", LogType.NONE, () -> {
                secondInvoke.set(catchThrowable(() -> sync.invoke(request -> request.functionName("node-reserved")
                        .payload(SdkBytes.fromUtf8String("\"" + signal + "\"")))));
                touch(signal);
            });
        }

        assertThat(secondInvoke.get()).isInstanceOf(TooManyRequestsException.class);
        assertThat(stream.complete.get().errorCode()).isNull();
    }

    @Test
    void aStreamThatFailsHalfWayKeepsItsChunksAndEndsWithTheErrorOfItsTrailers() {
        assumeCommand("node");

        Stream stream = invoke("node-broken", "{}", LogType.TAIL, () -> { });

        assertThat(stream.payload.toString(StandardCharsets.UTF_8)).isEqualTo("half a response");
        assertThat(stream.complete.get().errorCode()).isEqualTo("TypeError");
        assertThat(stream.complete.get().errorDetails()).isEqualTo("the stream broke half-way");
        assertThat(new String(Base64.getDecoder().decode(stream.complete.get().logResult()), StandardCharsets.UTF_8))
                .contains("TypeError: the stream broke half-way");
    }

    @Test
    void anHttpResponseStreamSendsItsPreludeAndEightNulBytesBeforeTheBody() {
        assumeCommand("node");
        byte[] expected = concat("{\"statusCode\":201,\"headers\":{\"X-Answer\":\"42\"}}".getBytes(StandardCharsets.UTF_8),
                new byte[8], "created".getBytes(StandardCharsets.UTF_8));

        Stream stream = invoke("node-http", "{}", LogType.NONE, () -> { });

        assertThat(stream.complete.get().errorCode()).isNull();
        assertThat(stream.payload.toByteArray()).isEqualTo(expected);
    }

    @Test
    void aPlainInvokeOfAStreamingFunctionAnswersTheWholeStreamedResponse() {
        assumeCommand("node");

        InvokeResponse response;
        try (LambdaClient sync = client(lambda.emulator())) {
            response = sync.invoke(request -> request.functionName("node-http").payload(SdkBytes.fromUtf8String("{}")));
        }

        assertThat(response.functionError()).isNull();
        assertThat(response.payload().asUtf8String()).endsWith("}" + "\0".repeat(8) + "created");
    }

    @Test
    void aStreamedResponseOverSixMegabytesStreamsWholeButFailsAPlainInvokeWithResponseSizeTooLarge() {
        assumeCommand("node");

        Stream stream = invoke("node-big", "{}", LogType.NONE);
        InvokeResponse plain;
        try (LambdaClient sync = client(lambda.emulator())) {
            plain = sync.invoke(request -> request.functionName("node-big").payload(SdkBytes.fromUtf8String("{}")));
        }

        assertThat(stream.complete.get().errorCode()).isNull();
        assertThat(stream.payload.size()).isEqualTo(7 * 1024 * 1024);
        assertThat(plain.functionError()).isEqualTo("Unhandled");
        assertThat(plain.payload().asUtf8String()).contains("\"errorType\":\"Function.ResponseSizeTooLarge\"");
    }

    @Test
    void aMissingFunctionFailsWithResourceNotFoundBeforeAnyEvent() {
        assertThatThrownBy(() -> invoke("missing", "{}", LogType.NONE))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    private static Stream invoke(String function, String payload, LogType logType) {
        return invoke(function, payload, logType, () -> { });
    }

    /** Invokes and reads the whole stream; {@code onFirstChunk} runs when the first PayloadChunk arrives. */
    private static Stream invoke(String function, String payload, LogType logType, Runnable onFirstChunk) {
        Stream stream = new Stream();
        InvokeWithResponseStreamResponseHandler handler = InvokeWithResponseStreamResponseHandler.builder()
                .onResponse(stream.response::set)
                .subscriber(InvokeWithResponseStreamResponseHandler.Visitor.builder()
                        .onPayloadChunk(chunk -> {
                            stream.payload.writeBytes(chunk.payload().asByteArray());
                            if (stream.chunks.incrementAndGet() == 1) {
                                onFirstChunk.run();
                            }
                        })
                        .onInvokeComplete(stream.complete::set)
                        .build())
                .build();
        client.invokeWithResponseStream(InvokeWithResponseStreamRequest.builder().functionName(function)
                .logType(logType).payload(SdkBytes.fromUtf8String(payload)).build(), handler).join();
        return stream;
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    /** What the SDK handed the handler. */
    private static final class Stream {
        final AtomicReference<InvokeWithResponseStreamResponse> response = new AtomicReference<>();
        final AtomicReference<InvokeWithResponseStreamCompleteEvent> complete = new AtomicReference<>();
        final AtomicInteger chunks = new AtomicInteger();
        final ByteArrayOutputStream payload = new ByteArrayOutputStream();
    }
}
