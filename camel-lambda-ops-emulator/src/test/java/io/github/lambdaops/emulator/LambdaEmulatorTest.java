package io.github.lambdaops.emulator;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LambdaEmulatorTest {

    @Test
    void startOnAGivenPortServesThere() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LambdaEmulator emulator = LambdaEmulator.start(port); LambdaClient client = client(emulator)) {
            assertThat(emulator.port()).isEqualTo(port);
            assertThat(client.listFunctions().functions()).isEmpty();
        }
    }

    @Test
    void resetForgetsFunctionsAndCountersButKeepsRegisteredHandlers() {
        try (LambdaEmulator emulator = LambdaEmulator.start(); LambdaClient client = client(emulator)) {
            emulator.registerHandler("kept.handler", (event, context) -> "1".getBytes(StandardCharsets.UTF_8));
            client.createFunction(scriptFunction("before", "kept.handler").build());
            client.invoke(r -> r.functionName("before"));

            emulator.reset();

            assertThat(client.listFunctions().functions()).isEmpty();
            assertThat(emulator.invocationCount("before")).isZero();
            client.createFunction(scriptFunction("after", "kept.handler").build());
            assertThat(client.invoke(r -> r.functionName("after")).payload().asUtf8String()).isEqualTo("1");
        }
    }

    @Test
    void closeStopsTheServerAndCanBeCalledTwice() {
        LambdaEmulator emulator = LambdaEmulator.start();
        try (LambdaClient client = client(emulator)) {
            emulator.close();
            emulator.close();

            assertThatThrownBy(client::listFunctions).isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    void mainServesUntilKilledAndPrintsTheEndpoint() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            while (line != null && !line.contains("listening on")) {
                line = output.readLine();
            }
            assertThat(line).contains("http://127.0.0.1:");
            String endpoint = line.substring(line.indexOf("http://"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + "/2015-03-31/functions/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"Functions\":[]");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void mainReadsThePortOption() {
        assertThat(Main.portOf(new String[0])).isZero();
        assertThat(Main.portOf(new String[] {"--port", "4566"})).isEqualTo(4566);
        assertThat(Main.portOf(new String[] {"--port=9001"})).isEqualTo(9001);
        assertThatThrownBy(() -> Main.portOf(new String[] {"--port", "http"})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mainReadsTheStateTransitionDelayOption() {
        assertThat(Main.optionsOf(new String[] {"--state-transition-delay", "250", "--port=9001"}))
                .isEqualTo(new Main.Options(9001, Duration.ofMillis(250)));
        assertThat(Main.optionsOf(new String[0]).stateTransitionDelay()).isZero();
        assertThatThrownBy(() -> Main.optionsOf(new String[] {"--state-transition-delay=-1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milliseconds");
    }

    @Test
    void aNegativeStateTransitionDelayIsRefused() {
        assertThatThrownBy(() -> LambdaEmulator.builder().stateTransitionDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stateTransitionDelay");
    }
}
