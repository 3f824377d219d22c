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
import java.util.ArrayList;
import java.util.List;
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
        assertThat(Main.settingsOf().port()).isZero();
        assertThat(Main.settingsOf("--port", "4566").port()).isEqualTo(4566);
        assertThat(Main.settingsOf("--port=9001").port()).isEqualTo(9001);
        assertThatThrownBy(() -> Main.settingsOf("--port", "http")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mainReadsTheStateTransitionDelayOption() {
        EmulatorSettings settings = Main.settingsOf("--state-transition-delay", "250", "--port=9001");
        assertThat(settings.port()).isEqualTo(9001);
        assertThat(settings.stateTransitionDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(Main.settingsOf().stateTransitionDelay()).isZero();
        assertThatThrownBy(() -> Main.settingsOf("--state-transition-delay=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milliseconds");
    }

    @Test
    void aNegativeStateTransitionDelayIsRefused() {
        assertThatThrownBy(() -> EmulatorSettings.builder().stateTransitionDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stateTransitionDelay");
    }

    @Test
    void mainHelpListsAFlagForEverySettingAndExitsCleanly() throws Exception {
        Process process = main("--help");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("--port N", "--bind-address ADDRESS", "--region REGION", "--account-id ACCOUNT_ID",
                "--state-transition-delay MILLISECONDS", "--interpreter RUNTIME=EXECUTABLE", "--java-in-processes",
                "--layer LAYER_VERSION_ARN=ZIP", "--handler HANDLER=CLASS",
                "--strict-auth ACCESS_KEY_ID=SECRET_ACCESS_KEY", "--fault-seed N", "--io-threads N", "--help");
        for (SettingFlag flag : SettingFlag.values()) {
            assertThat(output).contains(flag.usage());
        }
    }

    @Test
    void mainRefusesAnUnknownFlagNamingItAndExitsWithAnError() throws Exception {
        Process process = main("--colour", "blue");
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(errors).contains("Unknown flag: --colour", "--help");
    }

    @Test
    void mainRefusesABadValueNamingTheFlagAndWhatItTakes() {
        assertThatThrownBy(() -> Main.settingsOf("--region", "Mars")).hasMessageContaining("--region REGION")
                .hasMessageContaining("'Mars'").hasMessageContaining("region name such as eu-west-1");
        assertThatThrownBy(() -> Main.settingsOf("--interpreter", "python3.12")).hasMessageContaining("--interpreter")
                .hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> Main.settingsOf("--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> Main.settingsOf("--handler", "h=no.such.Handler")).hasMessageContaining("no.such.Handler");
        assertThatThrownBy(() -> Main.settingsOf("--strict-auth", "AKID=")).hasMessageContaining("--strict-auth")
                .hasMessageNotContaining("AKID=");
        assertThatThrownBy(() -> Main.settingsOf("--retry-delay-scale", "0")).hasMessageContaining("--retry-delay-scale FACTOR")
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> Main.settingsOf("--io-threads", "-1")).hasMessageContaining("--io-threads N")
                .hasMessageContaining("'-1'").hasMessageContaining("ioThreads must be 0");
    }

    @Test
    void mainTakesEverySettingAsAFlag(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        Path layer = java.nio.file.Files.write(directory.resolve("layer.zip"), new byte[] {1, 2, 3});
        EmulatorSettings settings = Main.settingsOf("--port=0", "--bind-address", "127.0.0.1", "--region", "eu-west-1",
                "--account-id", "123456789012", "--state-transition-delay", "5", "--interpreter", "python=/usr/bin/python3",
                "--java-in-processes", "--layer", "arn:aws:lambda:eu-west-1:123456789012:layer:l:1=" + layer,
                "--handler", "shout=io.github.lambdaops.emulator.fixtures.ShoutingFunctionHandler",
                "--strict-auth", "AKID=SECRET=WITH/EQUALS", "--fault-seed", "42", "--retry-delay-scale", "0.001",
                "--io-threads", "1");

        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.accountId()).isEqualTo("123456789012");
        assertThat(settings.stateTransitionDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(settings.interpreters()).containsEntry("python", Path.of("/usr/bin/python3"));
        assertThat(settings.javaInProcesses()).isTrue();
        assertThat(settings.layerContents().orElseThrow().zipOf("arn:aws:lambda:eu-west-1:123456789012:layer:l:1"))
                .hasValueSatisfying(zip -> assertThat(zip).containsExactly(1, 2, 3));
        assertThat(settings.handlers()).containsOnlyKeys("shout");
        assertThat(settings.strictAuthKeys()).containsEntry("AKID", "SECRET=WITH/EQUALS");
        assertThat(settings.faultSeed()).isEqualTo(42);
        assertThat(settings.retryDelayScale()).isEqualTo(0.001);
        assertThat(settings.ioThreads()).isEqualTo(1);
        assertThat(Main.settingsOf().ioThreads()).isZero();
    }

    private static Process main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
