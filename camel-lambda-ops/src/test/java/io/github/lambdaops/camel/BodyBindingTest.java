package io.github.lambdaops.camel;

import java.util.Map;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.binding.RequestBinder;
import io.github.lambdaops.camel.support.TestZips;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.CreateAliasRequest;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionRequest;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeRequest;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the message body goes for the operations that take one, as the binder builds the request (the emulator of
 * this branch does not serve these actions yet; EveryOperationRouteTest sends them over HTTP).
 */
class BodyBindingTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();
    private final RequestBinder binder = new RequestBinder();

    @Test
    void updateFunctionCodeTakesTheZipFromTheBodyWhenNoCodeHeaderIsSet() {
        byte[] zip = TestZips.placeholder();

        UpdateFunctionCodeRequest request = (UpdateFunctionCodeRequest) binder.bind(
                LambdaOpsOperations.updateFunctionCode, message(zip, Map.of(PUBLISH, "true")),
                Map.of("FunctionName", "f"));

        assertThat(request.zipFile().asByteArray()).isEqualTo(zip);
        assertThat(request.publish()).isTrue();
        assertThat(request.functionName()).isEqualTo("f");
    }

    @Test
    void updateFunctionCodeLeavesTheBodyAloneWhenTheCodeIsInS3() {
        UpdateFunctionCodeRequest request = (UpdateFunctionCodeRequest) binder.bind(
                LambdaOpsOperations.updateFunctionCode,
                message("not a package", Map.of(S3_BUCKET, "bucket", S3_KEY, "code.zip")), Map.of("FunctionName", "f"));

        assertThat(request.zipFile()).isNull();
        assertThat(request.s3Bucket()).isEqualTo("bucket");
    }

    @Test
    void publishLayerVersionTakesTheLayerZipFromTheBodyIntoContent() {
        byte[] zip = TestZips.placeholder();

        PublishLayerVersionRequest request = (PublishLayerVersionRequest) binder.bind(
                LambdaOpsOperations.publishLayerVersion,
                message(zip, Map.of(LAYER_NAME, "shared", COMPATIBLE_RUNTIMES, "java21,python3.13")), Map.of());

        assertThat(request.content().zipFile().asByteArray()).isEqualTo(zip);
        assertThat(request.layerName()).isEqualTo("shared");
        assertThat(request.compatibleRuntimesAsStrings()).containsExactly("java21", "python3.13");
    }

    @Test
    void publishLayerVersionWithoutBodyOrContentFailsNamingBoth() {
        assertThatThrownBy(() -> binder.bind(LambdaOpsOperations.publishLayerVersion,
                message(null, Map.of(LAYER_NAME, "shared")), Map.of()))
                .isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining(CONTENT).hasMessageContaining(ZIP_FILE).hasMessageContaining("message body");
    }

    @Test
    void invokeWithResponseStreamSendsTheBodyAsPayload() {
        InvokeWithResponseStreamRequest request = (InvokeWithResponseStreamRequest) binder.bind(
                LambdaOpsOperations.invokeWithResponseStream, message("{\"n\":1}", Map.of()),
                Map.of("FunctionName", "f"));

        assertThat(request.payload().asUtf8String()).isEqualTo("{\"n\":1}");
    }

    @Test
    void additionalVersionWeightsFillTheRoutingConfigOfAnAlias() {
        CreateAliasRequest request = (CreateAliasRequest) binder.bind(LambdaOpsOperations.createAlias,
                message(null, Map.of(NAME, "live", FUNCTION_VERSION, "1", ADDITIONAL_VERSION_WEIGHTS, "2=0.1")),
                Map.of("FunctionName", "f"));

        assertThat(request.routingConfig().additionalVersionWeights()).containsEntry("2", 0.1);
    }

    @Test
    void additionalVersionWeightsThatAreNotNumbersFailNamingTheHeader() {
        assertThatThrownBy(() -> binder.bind(LambdaOpsOperations.createAlias,
                message(null, Map.of(NAME, "live", FUNCTION_VERSION, "1", ADDITIONAL_VERSION_WEIGHTS, "2=most")),
                Map.of("FunctionName", "f")))
                .isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining(ADDITIONAL_VERSION_WEIGHTS).hasMessageContaining("Map<String,Double>");
    }

    private Message message(Object body, Map<String, Object> headers) {
        DefaultExchange exchange = new DefaultExchange(CONTEXT);
        exchange.getIn().setBody(body);
        headers.forEach(exchange.getIn()::setHeader);
        return exchange.getIn();
    }
}
