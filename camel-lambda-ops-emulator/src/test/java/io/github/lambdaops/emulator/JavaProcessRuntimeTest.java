package io.github.lambdaops.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.fixtures.GreetingHandler;
import io.github.lambdaops.emulator.fixtures.LibraryGreetingHandler;
import io.github.lambdaops.emulator.fixtures.ProcessProbeHandler;
import io.github.lambdaops.emulator.fixtures.lib.Greeter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

import java.util.Map;
import java.util.Optional;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.classFiles;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.javaFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.logTail;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zip;
import static org.assertj.core.api.Assertions.assertThat;

/** Java functions in a JVM of their own per execution environment, through AWS's Runtime Interface Client. */
class JavaProcessRuntimeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAYER_ARN = "arn:aws:lambda:us-east-1:000000000000:layer:greeter-lib:1";
    private static final String PROBE = ProcessProbeHandler.class.getName();

    private static final byte[] LAYER = zip(Map.of("java/lib/greeter.jar", zip(classFiles(Greeter.class))));

    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension(EmulatorSettings.builder()
            .javaInProcesses(true)
            .layerContents(arn -> Optional.of(LAYER).filter(zip -> arn.equals(LAYER_ARN)))
            .build());
    static LambdaClient client;

    @BeforeAll
    static void createFunctions() {
        client = client(lambda.emulator());
        client.createFunction(javaFunction("greeter", GreetingHandler.class.getName(), GreetingHandler.class)
                .timeout(30).build());
        client.createFunction(javaFunction("probe", PROBE + "::describe", ProcessProbeHandler.class).timeout(30)
                .environment(Environment.builder().variables(Map.of("GREETING", "hej")).build()).build());
        client.createFunction(javaFunction("exiting", PROBE + "::exit", ProcessProbeHandler.class).timeout(30).build());
        client.createFunction(javaFunction("sleeping", PROBE + "::sleep", ProcessProbeHandler.class).timeout(2).build());
        client.createFunction(javaFunction("layered", LibraryGreetingHandler.class.getName(),
                LibraryGreetingHandler.class).layers(LAYER_ARN).timeout(30).build());
        assumeTheRuntimeInterfaceClientRunsHere();
    }

    /** The client needs its native library for this platform; where it cannot load, these tests cannot run. */
    private static void assumeTheRuntimeInterfaceClientRunsHere() {
        InvokeResponse probe = invoke("greeter", "{\"name\":\"Ada\"}");
        String log = logTail(probe);
        Assumptions.assumeFalse(probe.functionError() != null && log.contains("UnsatisfiedLinkError"),
                () -> "AWS's Runtime Interface Client cannot load its native library here: " + log);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aJavaFunctionRunsInItsOwnProcessThroughTheRuntimeInterfaceClient() {
        InvokeResponse response = invoke("greeter", "{\"name\":\"Ada\"}");

        assertThat(response.functionError()).isNull();
        assertThat(response.payload().asUtf8String()).isEqualTo("\"Hello, Ada from greeter $LATEST\"");
        assertThat(logTail(response)).contains("greeting Ada");
    }

    @Test
    void theJavaProcessIsNotTheEmulatorsAndStaysWarmBetweenInvocations() throws Exception {
        JsonNode first = JSON.readTree(invoke("probe", "{}").payload().asByteArray());
        JsonNode second = JSON.readTree(invoke("probe", "{}").payload().asByteArray());

        assertThat(first.get("pid").asLong()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(second.get("pid").asLong()).isEqualTo(first.get("pid").asLong());
        assertThat(first.get("greeting").asText()).isEqualTo("hej");
    }

    @Test
    void aHandlerCallingSystemExitAnswersRuntimeExitErrorAndTheEmulatorCarriesOn() throws Exception {
        InvokeResponse response = invoke("exiting", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText()).endsWith("Error: Runtime exited with error: exit status 2");
        assertThat(client.getFunction(r -> r.functionName("exiting")).configuration().functionName()).isEqualTo("exiting");
    }

    @Test
    void aJavaFunctionRunningPastItsTimeoutIsKilledAndReportsTaskTimedOut() throws Exception {
        InvokeResponse response = invoke("sleeping", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorMessage").asText())
                .endsWith("Task timed out after 2.00 seconds");
    }

    @Test
    void jarsOfTheLayersJavaLibAreOnTheFunctionsClassPath() {
        assertThat(invoke("layered", "\"Grace\"").payload().asUtf8String()).isEqualTo("\"Greetings, Grace\"");
    }

    private static InvokeResponse invoke(String function, String payload) {
        return client.invoke(r -> r.functionName(function).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(payload)));
    }
}
