package io.github.lambdaops.camel;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every missing or malformed input fails before anything is sent, naming what is wrong and what was expected. */
class BadInputTest extends EmulatorRouteTestSupport {

    private static final Map<String, Object> VALID_CREATE = Map.of(
            ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO);

    static Stream<Arguments> badInputs() {
        return Stream.of(
                arguments("invoke without function", "lambda-ops:?operation=invoke", Map.of(), "{}",
                        List.of("needs a function name", "lambda-ops:myFunction", FUNCTION_NAME)),
                arguments("getFunction without function", "lambda-ops:?operation=getFunction", Map.of(), null,
                        List.of("getFunction", FUNCTION_NAME)),
                arguments("addPermission without statement id", "lambda-ops:f?operation=addPermission",
                        Map.of(ACTION, "lambda:InvokeFunction", PRINCIPAL, "s3.amazonaws.com"), null,
                        List.of(STATEMENT_ID, "a String")),
                arguments("addPermission without action", "lambda-ops:f?operation=addPermission",
                        Map.of(STATEMENT_ID, "s", PRINCIPAL, "s3.amazonaws.com"), null, List.of(ACTION)),
                arguments("addPermission without principal", "lambda-ops:f?operation=addPermission",
                        Map.of(STATEMENT_ID, "s", ACTION, "lambda:InvokeFunction"), null, List.of(PRINCIPAL)),
                arguments("removePermission without statement id", "lambda-ops:f?operation=removePermission",
                        Map.of(), null, List.of(STATEMENT_ID)),
                arguments("createFunction without role", "lambda-ops:f?operation=createFunction",
                        Map.of(RUNTIME, "java21", HANDLER, ECHO), TestZips.placeholder(), List.of(ROLE)),
                arguments("createFunction without code", "lambda-ops:f?operation=createFunction", VALID_CREATE, null,
                        List.of(CODE, ZIP_FILE, S3_BUCKET, "message body")),
                arguments("memorySize not a number", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, MEMORY_SIZE, "lots"), TestZips.placeholder(),
                        List.of(MEMORY_SIZE, "an Integer", "'lots'")),
                arguments("memorySize out of int range", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, MEMORY_SIZE, 1L << 40), TestZips.placeholder(),
                        List.of(MEMORY_SIZE, "an Integer")),
                arguments("timeout as a fraction", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, TIMEOUT, "2.5"), TestZips.placeholder(), List.of(TIMEOUT, "an Integer")),
                arguments("publish not a boolean", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, PUBLISH, "yes"), TestZips.placeholder(),
                        List.of(PUBLISH, "true or false", "'yes'")),
                arguments("unknown runtime", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, RUNTIME, "java99"), TestZips.placeholder(),
                        List.of(RUNTIME, "java21", "'java99'")),
                arguments("tags without '='", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, TAGS, "team"), TestZips.placeholder(), List.of(TAGS, "K=V,K2=V2")),
                arguments("environment variables of a wrong type", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, ENVIRONMENT_VARIABLES, 42), TestZips.placeholder(),
                        List.of(ENVIRONMENT_VARIABLES, "Map<String,String>", "Integer")),
                arguments("layers of a wrong type", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, LAYERS, 42), TestZips.placeholder(), List.of(LAYERS, "List<String>")),
                arguments("zip file not base64", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, ZIP_FILE, "not base64!"), null, List.of(ZIP_FILE, "base64")),
                arguments("zip file of a wrong type", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, ZIP_FILE, 42), null, List.of(ZIP_FILE, "ByteBuffer")),
                arguments("vpc config of a wrong type", "lambda-ops:f?operation=createFunction",
                        with(VALID_CREATE, VPC_CONFIG, "subnet-1"), TestZips.placeholder(),
                        List.of(VPC_CONFIG, "software.amazon.awssdk.services.lambda.model.VpcConfig")),
                arguments("invocation type unknown", "lambda-ops:f", Map.of(INVOCATION_TYPE, "Later"), "{}",
                        List.of(INVOCATION_TYPE, "RequestResponse", "'Later'")),
                arguments("log type unknown", "lambda-ops:f", Map.of(LOG_TYPE, "Full"), "{}",
                        List.of(LOG_TYPE, "Tail")),
                arguments("max items not a number", "lambda-ops:?operation=listFunctions", Map.of(MAX_ITEMS, "ten"),
                        null, List.of(MAX_ITEMS, "an Integer")),
                arguments("unknown operation header", "lambda-ops:f", Map.of(OPERATION, "frobnicate"), "{}",
                        List.of(OPERATION, "frobnicate", "createFunction", "listFunctions")),
                arguments("operation header of a wrong type", "lambda-ops:f", Map.of(OPERATION, 3), "{}",
                        List.of(OPERATION, "String")),
                arguments("invoke body Camel cannot convert", "lambda-ops:f", Map.of(), new Object(),
                        List.of("payload", "java.lang.Object")),
                arguments("pojoRequest with a body of another type", "lambda-ops:f?pojoRequest=true", Map.of(), "{}",
                        List.of("pojoRequest", InvokeRequest.class.getName(), "java.lang.String")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsBeforeAnyRequestIsSent(String caseName, String uri, Map<String, Object> headers, Object body,
                                             List<String> messageParts) {
        long requestsBefore = emulator.requestCount();

        Exchange exchange = call(uri, body, headers);

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class);
        assertThat(exchange.getException().getMessage()).contains(messageParts);
        assertThat(emulator.requestCount()).as("requests sent").isEqualTo(requestsBefore);
    }

    @Test
    void unknownOperationOptionFailsAtEndpointCreationListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("lambda-ops:f?operation=frobnicate"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasStackTraceContaining("URI option operation expects one of").hasStackTraceContaining("got 'frobnicate'")
                .hasStackTraceContaining("getFunctionConfiguration");
    }

    @Test
    void binaryValuesAreNeverEchoedInErrors() {
        Exchange exchange = call("lambda-ops:f?operation=createFunction", null,
                with(VALID_CREATE, ZIP_FILE, "c2VjcmV0LXppcC1jb250ZW50!!"));

        assertThat(exchange.getException().getMessage()).doesNotContain("c2VjcmV0");
    }

    private static Map<String, Object> with(Map<String, Object> base, String header, Object value) {
        Map<String, Object> headers = new java.util.HashMap<>(base);
        headers.put(header, value);
        return headers;
    }
}
