package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.fixtures.CountingHandler;
import io.github.lambdaops.emulator.fixtures.FailingHandler;
import io.github.lambdaops.emulator.fixtures.GreetingHandler;
import io.github.lambdaops.emulator.fixtures.LibraryGreetingHandler;
import io.github.lambdaops.emulator.fixtures.OrderService;
import io.github.lambdaops.emulator.fixtures.UppercaseStreamHandler;
import io.github.lambdaops.emulator.fixtures.lib.Greeter;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.classFiles;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.javaFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zip;
import static org.assertj.core.api.Assertions.assertThat;

class JavaRuntimeTest extends EmulatorSdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRequestHandlerFromTheZipRunsWithItsEventConvertedAndItsResultAsJson() {
        client.createFunction(javaFunction("greeter", GreetingHandler.class.getName(), GreetingHandler.class).build());

        InvokeResponse response = invoke("greeter", "{\"name\":\"Ada\"}");

        assertThat(response.functionError()).isNull();
        assertThat(response.payload().asUtf8String()).isEqualTo("\"Hello, Ada from greeter $LATEST\"");
        assertThat(lambda.emulator().invocationCount("greeter")).isEqualTo(1);
    }

    @Test
    void aJavaFunctionLogsThroughItsContextLoggerIntoTheLogTail() {
        client.createFunction(javaFunction("greeter", GreetingHandler.class.getName(), GreetingHandler.class).build());

        InvokeResponse response = client.invoke(r -> r.functionName("greeter").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"name\":\"Ada\"}")));

        assertThat(new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8))
                .contains("greeting Ada\n");
    }

    @Test
    void aHandlerMethodTakesAndReturnsPojos() throws Exception {
        client.createFunction(javaFunction("orders", OrderService.class.getName() + "::place", OrderService.class)
                .memorySize(512).build());

        InvokeResponse response = invoke("orders",
                "{\"id\":\"o-1\",\"items\":[{\"sku\":\"a\",\"quantity\":2,\"price\":1.5},{\"sku\":\"b\",\"quantity\":1,\"price\":4}]}");

        JsonNode confirmation = JSON.readTree(response.payload().asByteArray());
        assertThat(confirmation.get("orderId").asText()).isEqualTo("o-1");
        assertThat(confirmation.get("total").asDouble()).isEqualTo(7.0);
        assertThat(confirmation.get("memoryLimitInMB").asInt()).isEqualTo(512);
    }

    @Test
    void aStaticHandlerMethodWithoutContextRuns() {
        client.createFunction(javaFunction("ping", OrderService.class.getName() + "::ping", OrderService.class).build());

        assertThat(invoke("ping", "\"hi\"").payload().asUtf8String()).isEqualTo("\"pong: hi\"");
    }

    @Test
    void aRequestStreamHandlerGetsThePayloadAndWritesTheResponse() {
        client.createFunction(javaFunction("upper", UppercaseStreamHandler.class.getName(),
                UppercaseStreamHandler.class).build());

        assertThat(invoke("upper", "{\"word\":\"quiet\"}").payload().asUtf8String()).isEqualTo("{\"WORD\":\"QUIET\"}");
    }

    @Test
    void classesFromTheLibJarsOfTheZipAreOnTheFunctionsClassPath() {
        Map<String, byte[]> files = new LinkedHashMap<>(classFiles(LibraryGreetingHandler.class));
        files.put("lib/greeter.jar", zip(classFiles(Greeter.class)));
        client.createFunction(javaFunction("library", LibraryGreetingHandler.class.getName())
                .code(FunctionCode.builder().zipFile(SdkBytes.fromByteArray(zip(files))).build()).build());

        assertThat(invoke("library", "\"Grace\"").payload().asUtf8String()).isEqualTo("\"Greetings, Grace\"");
    }

    @Test
    void jarsOfTheLayersJavaLibAreOnTheFunctionsClassPath() {
        byte[] layer = zip(Map.of("java/lib/greeter.jar", zip(classFiles(Greeter.class))));
        String layerArn = client.publishLayerVersion(r -> r.layerName("greeter-lib")
                .content(c -> c.zipFile(SdkBytes.fromByteArray(layer)))).layerVersionArn();
        client.createFunction(javaFunction("layered", LibraryGreetingHandler.class.getName(),
                LibraryGreetingHandler.class).layers(layerArn).build());

        assertThat(invoke("layered", "\"Grace\"").payload().asUtf8String()).isEqualTo("\"Greetings, Grace\"");
    }

    @Test
    void theHandlerInstanceStaysWarmBetweenInvocations() {
        client.createFunction(javaFunction("counter", CountingHandler.class.getName(), CountingHandler.class).build());

        invoke("counter", "{}");
        invoke("counter", "{}");

        assertThat(invoke("counter", "{}").payload().asUtf8String()).isEqualTo("3");
    }

    @Test
    void eachPublishedVersionHasAnInstanceOfItsOwn() {
        client.createFunction(javaFunction("counter", CountingHandler.class.getName(), CountingHandler.class)
                .publish(true).build());
        invoke("counter", "{}");

        InvokeResponse version1 = client.invoke(r -> r.functionName("counter").qualifier("1"));

        assertThat(version1.payload().asUtf8String()).isEqualTo("1");
    }

    @Test
    void anExceptionOfTheFunctionAnswersUnhandledWithTypeMessageStackTraceAndCause() throws Exception {
        client.createFunction(javaFunction("failing", FailingHandler.class.getName(), FailingHandler.class).build());

        InvokeResponse response = invoke("failing", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("errorMessage").asText()).isEqualTo("the order book is closed");
        assertThat(error.get("stackTrace").get(0).asText()).startsWith(FailingHandler.class.getName() + ".handleRequest(");
        assertThat(error.at("/cause/errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void aHandlerClassMissingFromTheZipAnswersClassNotFound() throws Exception {
        client.createFunction(javaFunction("broken", "com.example.Missing", GreetingHandler.class).build());

        InvokeResponse response = invoke("broken", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.ClassNotFoundException");
        assertThat(error.get("errorMessage").asText()).isEqualTo("Class not found: com.example.Missing");
    }

    @Test
    void anEventThatDoesNotFitTheInputTypeAnswersAJsonParsingError() throws Exception {
        client.createFunction(javaFunction("greeter", GreetingHandler.class.getName(), GreetingHandler.class).build());

        InvokeResponse response = invoke("greeter", "[1, 2]");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorMessage").asText())
                .isEqualTo("An error occurred during JSON parsing");
    }

    @Test
    void aJavaFunctionWhoseCodeIsInS3ExplainsThatItCannotRun() throws Exception {
        client.createFunction(javaFunction("s3-code", GreetingHandler.class.getName())
                .code(FunctionCode.builder().s3Bucket("deployments").s3Key("greeter.zip").build()).build());

        InvokeResponse response = invoke("s3-code", "{}");

        assertThat(response.functionError()).isEqualTo("Unhandled");
        assertThat(JSON.readTree(response.payload().asByteArray()).get("errorMessage").asText())
                .contains("s3://deployments/greeter.zip");
    }

    @Test
    void theFunctionsClassesAreLoadedApartFromTheTestsClassPath() {
        client.createFunction(javaFunction("counter", CountingHandler.class.getName(), CountingHandler.class).build());

        invoke("counter", "{}");

        assertThat(new CountingHandler().handleRequest(null, null)).isEqualTo(1);
    }

    private InvokeResponse invoke(String function, String payload) {
        return client.invoke(r -> r.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
    }
}
