package io.github.lambdaops.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.eventually;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.logTail;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zip;
import static org.assertj.core.api.Assertions.assertThat;

/** Python, Node.js and custom runtimes run as local processes on the Runtime API, each function created once. */
class ProcessRuntimeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAYER_ARN = "arn:aws:lambda:us-east-1:000000000000:layer:greetings:1";
    private static final String PYTHON_APP = """
            import os, sys, time
            import greeting_lib

            RESERVED = ["AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
                        "AWS_REGION", "AWS_EXECUTION_ENV", "LAMBDA_TASK_ROOT", "AWS_LAMBDA_RUNTIME_API"]

            def handler(event, context):
                print("handling " + context.aws_request_id)
                return {"event": event, "greeting": os.environ["GREETING"], "pid": os.getpid(),
                        "function": context.function_name, "handler": os.environ["_HANDLER"],
                        "requestId": context.aws_request_id, "hasTimeLeft": context.get_remaining_time_in_millis() > 0,
                        "layer": greeting_lib.PREFIX,
                        "custom": context.client_context.custom if context.client_context else None,
                        "cwd": os.getcwd(),
                        "reserved": {name: os.environ.get(name) for name in RESERVED}}

            def fail(event, context):
                raise ValueError("no such order: " + event["id"])

            def sleep(event, context):
                print("pid=" + str(os.getpid()))
                time.sleep(event["seconds"])
                return "woke up"

            def big(event, context):
                return "x" * (7 * 1024 * 1024)

            def quit(event, context):
                os._exit(3)

            def rendezvous(event, context):
                # returns once as many invocations as expected are inside it at the same time
                open(os.path.join(event["dir"], str(os.getpid())), "w").close()
                deadline = time.time() + 20
                while len(os.listdir(event["dir"])) < event["expected"] and time.time() < deadline:
                    time.sleep(0.02)
                return os.getpid()
            """;
    private static final String NODE_APP = """
            const greeting = require('greeting-lib');
            exports.handler = async (event, context) => {
              console.log('handling', context.awsRequestId);
              return { event, greeting: process.env.GREETING, function: context.functionName,
                       handler: process.env._HANDLER, layer: greeting.prefix };
            };
            exports.fail = async (event) => {
              throw new TypeError('cannot read the order ' + event.id);
            };
            """;
    private static final String BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              EVENT="$(curl -sS -D "$HEADERS" "$API/invocation/next")"
              REQUEST_ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d' ' -f2 | tr -d '\\r')"
              echo "custom runtime got $EVENT"
              curl -sS -X POST "$API/invocation/$REQUEST_ID/response" \\
                -d "{\\"handler\\":\\"$_HANDLER\\",\\"greeting\\":\\"$GREETING\\",\\"event\\":$EVENT}" > /dev/null
            done
            """;

    /** A custom runtime that tries a wrong request id, then reports an error that is not JSON. */
    private static final String FAILING_BOOTSTRAP = """
            #!/bin/sh
            set -eu
            API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
            while true; do
              HEADERS="$(mktemp)"
              curl -sS -D "$HEADERS" "$API/invocation/next" > /dev/null
              REQUEST_ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d' ' -f2 | tr -d '\\r')"
              STATUS="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$API/invocation/not-$REQUEST_ID/response" -d '{}')"
              echo "a response for an unknown request id got $STATUS"
              curl -sS -X POST "$API/invocation/$REQUEST_ID/error" -H 'Lambda-Runtime-Function-Error-Type: Custom.Failure' \\
                -d 'the printer is on fire' > /dev/null
            done
            """;

    static final Map<String, byte[]> layers = new ConcurrentHashMap<>();
    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension(EmulatorSettings.builder()
            .layerContents(arn -> Optional.ofNullable(layers.get(arn)))
            .interpreter("python3.9", Path.of("/nonexistent/bin/python3.9"))
            .build());
    static LambdaClient client;

    @BeforeAll
    static void createFunctions() {
        client = client(lambda.emulator());
        layers.put(LAYER_ARN, zip(Map.of(
                "python/greeting_lib.py", "PREFIX = 'from the layer'\n".getBytes(),
                "nodejs/node_modules/greeting-lib/index.js", "exports.prefix = 'from the layer';\n".getBytes())));
        Map<String, String> python = Map.of("app.py", PYTHON_APP);
        create(sourceFunction("py-echo", "python3.12", "app.handler", python));
        create(sourceFunction("py-fail", "python3.12", "app.fail", python));
        create(sourceFunction("py-sleep", "python3.12", "app.sleep", python).timeout(1));
        create(sourceFunction("py-quit", "python3.12", "app.quit", python));
        create(sourceFunction("py-big", "python3.12", "app.big", python));
        create(sourceFunction("py-rendezvous", "python3.12", "app.rendezvous", python).timeout(30));
        create(sourceFunction("py-broken", "python3.12", "missing.handler", python));
        create(sourceFunction("py-no-interpreter", "python3.9", "app.handler", python));
        Map<String, String> node = Map.of("index.js", NODE_APP);
        create(sourceFunction("node-echo", "nodejs20.x", "index.handler", node));
        create(sourceFunction("node-fail", "nodejs20.x", "index.fail", node));
        create(sourceFunction("node-esm", "nodejs22.x", "app.handler", Map.of("app.mjs",
                "export const handler = async (event) => ({ doubled: event.value * 2, esm: typeof require === 'undefined' });\n")));
        create(sourceFunction("custom", "provided.al2023", "my.handler", Map.of("bootstrap", BOOTSTRAP)));
        create(sourceFunction("custom-failing", "provided.al2", "my.handler", Map.of("bootstrap", FAILING_BOOTSTRAP)));
    }

    private static void create(CreateFunctionRequest.Builder function) {
        CreateFunctionRequest request = function.layers(LAYER_ARN)
                .environment(Environment.builder().variables(Map.of("GREETING", "hej")).build()).build();
        client.createFunction(request.timeout() != null ? request : request.toBuilder().timeout(15).build());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aPythonFunctionGetsItsEventContextAndEnvironmentVariables() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-echo", "{\"order\":42}");

        assertThat(response.functionError()).isNull();
        JsonNode result = JSON.readTree(response.payload().asByteArray());
        assertThat(result.get("event")).isEqualTo(JSON.readTree("{\"order\":42}"));
        assertThat(result.get("greeting").asText()).isEqualTo("hej");
        assertThat(result.get("function").asText()).isEqualTo("py-echo");
        assertThat(result.get("handler").asText()).isEqualTo("app.handler");
        assertThat(result.get("hasTimeLeft").asBoolean()).isTrue();
    }

    @Test
    void aPythonFunctionGetsLambdasReservedEnvironmentVariables() throws Exception {
        assumeCommand("python3");

        JsonNode result = JSON.readTree(invoke("py-echo", "{}").payload().asByteArray());

        JsonNode reserved = result.get("reserved");
        assertThat(reserved.get("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("py-echo");
        assertThat(reserved.get("AWS_LAMBDA_FUNCTION_VERSION").asText()).isEqualTo("$LATEST");
        assertThat(reserved.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("128");
        assertThat(reserved.get("AWS_REGION").asText()).isEqualTo("us-east-1");
        assertThat(reserved.get("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_python3.12");
        assertThat(reserved.get("LAMBDA_TASK_ROOT").asText()).isEqualTo(result.get("cwd").asText());
        assertThat(reserved.get("AWS_LAMBDA_RUNTIME_API").asText()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void whatAPythonFunctionPrintsIsInTheLogTail() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-echo", "{}");

        String requestId = JSON.readTree(response.payload().asByteArray()).get("requestId").asText();
        assertThat(logTail(response)).contains("START RequestId: " + requestId, "handling " + requestId,
                "END RequestId: " + requestId);
    }

    @Test
    void theCallersClientContextReachesThePythonContext() throws Exception {
        assumeCommand("python3");
        String clientContext = Base64.getEncoder().encodeToString(
                "{\"custom\":{\"tenant\":\"t-1\"}}".getBytes(StandardCharsets.UTF_8));

        InvokeResponse response = client.invoke(r -> r.functionName("py-echo").clientContext(clientContext)
                .payload(SdkBytes.fromUtf8String("{}")));

        assertThat(JSON.readTree(response.payload().asByteArray()).get("custom"))
                .isEqualTo(JSON.readTree("{\"tenant\":\"t-1\"}"));
    }

    @Test
    void aWarmEnvironmentServesTheNextInvocationInTheSameProcess() throws Exception {
        assumeCommand("python3");

        long first = JSON.readTree(invoke("py-echo", "{}").payload().asByteArray()).get("pid").asLong();
        long second = JSON.readTree(invoke("py-echo", "{}").payload().asByteArray()).get("pid").asLong();

        assertThat(second).isEqualTo(first);
        assertThat(ProcessHandle.of(first)).map(ProcessHandle::isAlive).contains(true);
    }

    @Test
    void concurrentInvocationsRunInEnvironmentsOfTheirOwn(@TempDir Path rendezvous) throws Exception {
        assumeCommand("python3");
        String event = JSON.writeValueAsString(Map.of("dir", rendezvous.toString(), "expected", 2));

        CompletableFuture<InvokeResponse> first = CompletableFuture.supplyAsync(() -> invoke("py-rendezvous", event));
        InvokeResponse second = invoke("py-rendezvous", event);

        assertThat(second.functionError()).isNull();
        assertThat(first.get().functionError()).isNull();
        assertThat(first.get().payload().asUtf8String()).isNotEqualTo(second.payload().asUtf8String());
    }

    @Test
    void aPythonExceptionAnswersUnhandledWithItsTypeMessageAndStackTrace() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-fail", "{\"id\":\"o-7\"}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("ValueError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("no such order: o-7");
        assertThat(error.get("stackTrace").get(0).asText()).contains("app.py", "in fail");
        assertThat(logTail(response)).contains("[ERROR] ValueError: no such order: o-7");
    }

    @Test
    void aHandlerModuleThatCannotBeImportedFailsWithImportModuleError() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-broken", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ImportModuleError");
        assertThat(error.get("errorMessage").asText()).startsWith("Unable to import module 'missing'");
    }

    @Test
    void aFunctionRunningPastItsTimeoutIsKilledAndReportsTaskTimedOut() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-sleep", "{\"seconds\":60}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorMessage").asText())
                .matches("RequestId: [0-9a-f-]{36} Error: Task timed out after 1.00 seconds");
        long pid = Long.parseLong(logTail(response).replaceAll("(?s).*pid=(\\d+).*", "$1"));
        eventually(Duration.ofSeconds(5), () -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
        assertThat(invoke("py-sleep", "{\"seconds\":0}").payload().asUtf8String()).isEqualTo("\"woke up\"");
    }

    @Test
    void aRuntimeProcessThatExitsAnswersRuntimeExitError() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-quit", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText())
                .matches("RequestId: [0-9a-f-]{36} Error: Runtime exited with error: exit status 3");
    }

    @Test
    void aResponseOverSixMegabytesAnswersResponseSizeTooLarge() throws Exception {
        assumeCommand("python3");

        InvokeResponse response = invoke("py-big", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorType").asText())
                .isEqualTo("Function.ResponseSizeTooLarge");
    }

    @Test
    void aRuntimeWhoseInterpreterIsMissingFailsWithInvalidEntrypoint() throws Exception {
        InvokeResponse response = invoke("py-no-interpreter", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.InvalidEntrypoint");
        assertThat(error.get("errorMessage").asText()).matches("RequestId: [0-9a-f-]{36} Error: fork/exec"
                + " /nonexistent/bin/python3.9: no such file or directory");
    }

    @Test
    void aNodeFunctionGetsItsEventContextAndEnvironmentVariablesAndLogsWithItsRequestId() throws Exception {
        assumeCommand("node");

        InvokeResponse response = invoke("node-echo", "[1,\"two\"]");

        assertThat(response.functionError()).isNull();
        JsonNode result = JSON.readTree(response.payload().asByteArray());
        assertThat(result.get("event")).isEqualTo(JSON.readTree("[1,\"two\"]"));
        assertThat(result.get("greeting").asText()).isEqualTo("hej");
        assertThat(result.get("function").asText()).isEqualTo("node-echo");
        assertThat(result.get("handler").asText()).isEqualTo("index.handler");
        assertThat(logTail(response)).containsPattern("Z\t[0-9a-f-]{36}\tINFO\thandling [0-9a-f-]{36}\n");
    }

    @Test
    void aRejectedNodePromiseAnswersUnhandledWithItsErrorType() throws Exception {
        assumeCommand("node");

        InvokeResponse response = invoke("node-fail", "{\"id\":\"o-9\"}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("TypeError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("cannot read the order o-9");
    }

    @Test
    void anEsModuleHandlerRuns() throws Exception {
        assumeCommand("node");

        InvokeResponse response = invoke("node-esm", "{\"value\":21}");

        assertThat(JSON.readTree(response.payload().asByteArray()))
                .isEqualTo(JSON.readTree("{\"doubled\":42,\"esm\":true}"));
    }

    @Test
    void theLayersContentsAreWherePythonAndNodeLookForThem() throws Exception {
        assumeCommand("python3");
        assumeCommand("node");

        JsonNode python = JSON.readTree(invoke("py-echo", "{}").payload().asByteArray());
        JsonNode node = JSON.readTree(invoke("node-echo", "{}").payload().asByteArray());

        assertThat(List.of(python.get("layer").asText(), node.get("layer").asText()))
                .containsOnly("from the layer");
    }

    @Test
    void aCustomRuntimeBootstrapServesInvocationsThroughTheRuntimeApi() throws Exception {
        assumeCommand("curl");

        InvokeResponse response = invoke("custom", "{\"id\":1}");

        assertThat(response.functionError()).isNull();
        assertThat(JSON.readTree(response.payload().asByteArray()))
                .isEqualTo(JSON.readTree("{\"handler\":\"my.handler\",\"greeting\":\"hej\",\"event\":{\"id\":1}}"));
        assertThat(logTail(response)).contains("custom runtime got {\"id\":1}");
    }

    @Test
    void theRuntimeApiRefusesUnknownRequestIdsAndWrapsAnErrorThatIsNotJson() throws Exception {
        assumeCommand("curl");

        InvokeResponse response = invoke("custom-failing", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray())).isEqualTo(JSON.readTree(
                "{\"errorMessage\":\"the printer is on fire\",\"errorType\":\"Custom.Failure\"}"));
        assertThat(logTail(response)).contains("a response for an unknown request id got 400");
    }

    private static InvokeResponse invoke(String function, String payload) {
        return client.invoke(r -> r.functionName(function).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(payload)));
    }
}
