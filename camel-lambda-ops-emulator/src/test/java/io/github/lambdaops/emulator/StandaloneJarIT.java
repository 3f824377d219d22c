package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The standalone jar the build makes, started as users start it ({@code java -jar ... --port N}) and driven by the SDK. */
class StandaloneJarIT {
    /** A bound on waiting for the process, so that a broken jar fails the build instead of hanging it. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Process emulator;
    private Path output;

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.destroyForcibly();
        }
    }

    @Test
    void theJarServesTheApiRunsFunctionsAndStopsOnSigterm() throws Exception {
        assumeCommand("python3");
        int port = freePort();
        start(port);

        List<ProcessHandle> runtimes;
        try (LambdaClient lambda = client(URI.create("http://127.0.0.1:" + port))) {
            lambda.createFunction(sourceFunction("jar-echo", "python3.12", "app.handler",
                    Map.of("app.py", "def handler(event, context):\n    return {'echo': event}\n")).build());
            lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName("jar-echo"));

            InvokeResponse response = lambda.invoke(request -> request.functionName("jar-echo")
                    .payload(SdkBytes.fromUtf8String("{\"from\":\"the jar\"}")));
            assertThat(response.functionError()).isNull();
            assertThat(response.payload().asUtf8String()).isEqualTo("{\"echo\": {\"from\": \"the jar\"}}");
            assertThat(lambda.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                    .containsExactly("jar-echo");
            runtimes = emulator.descendants().toList();
        }
        assertThat(runtimes).as("the python runtime's process, kept warm").isNotEmpty();

        emulator.destroy(); // SIGTERM
        assertThat(emulator.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("exited on SIGTERM").isTrue();
        assertThat(emulator.exitValue()).as("the JVM's exit status after SIGTERM").isEqualTo(128 + 15);
        for (ProcessHandle runtime : runtimes) {
            runtime.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS); // its shutdown stopped the runtimes too
        }
        assertThat(Files.readString(output)).contains("listening on http://127.0.0.1:" + port);
    }

    private void start(int port) throws IOException, InterruptedException {
        String jar = System.getProperty("standalone.jar");
        assertThat(jar).as("system property standalone.jar (set by the failsafe plugin)").isNotNull();
        assertThat(Path.of(jar)).exists();
        output = Files.createTempFile("standalone-jar", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        emulator = new ProcessBuilder(java, "-jar", jar, "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!answers(port)) {
            if (!emulator.isAlive() || Instant.now().isAfter(deadline)) {
                fail("The jar does not serve port " + port + "; its output:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
