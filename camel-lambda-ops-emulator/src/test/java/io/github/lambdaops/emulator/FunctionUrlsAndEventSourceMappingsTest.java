package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.CreateFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.FunctionUrlConfig;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeMode;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionUrlsAndEventSourceMappingsTest extends EmulatorSdkTest {
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:orders";
    private static final String STREAM = "arn:aws:kinesis:us-east-1:000000000000:stream/orders";

    @BeforeEach
    void reset() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());
    }

    @Test
    void createFunctionUrlConfigAnswersAUrlAndRefusesASecond() {
        CreateFunctionUrlConfigResponse created = client.createFunctionUrlConfig(r -> r.functionName("orders")
                .authType(FunctionUrlAuthType.AWS_IAM));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+/_url/[a-z0-9]{32}/");
        assertThat(created.invokeMode()).isEqualTo(InvokeMode.BUFFERED);
        assertThatThrownBy(() -> client.createFunctionUrlConfig(r -> r.functionName("orders")
                .authType(FunctionUrlAuthType.NONE)))
                .isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void updateFunctionUrlConfigChangesItAndListShowsEveryUrlOfTheFunction() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"));
        String url = client.createFunctionUrlConfig(r -> r.functionName("orders").authType(FunctionUrlAuthType.NONE))
                .functionUrl();
        client.createFunctionUrlConfig(r -> r.functionName("orders").qualifier("live")
                .authType(FunctionUrlAuthType.NONE));

        var updated = client.updateFunctionUrlConfig(r -> r.functionName("orders")
                .authType(FunctionUrlAuthType.AWS_IAM).cors(c -> c.allowOrigins("https://example.com")));

        assertThat(updated.functionUrl()).isEqualTo(url);
        assertThat(updated.authType()).isEqualTo(FunctionUrlAuthType.AWS_IAM);
        assertThat(client.getFunctionUrlConfig(r -> r.functionName("orders")).cors().allowOrigins())
                .containsExactly("https://example.com");
        assertThat(client.listFunctionUrlConfigs(r -> r.functionName("orders")).functionUrlConfigs())
                .extracting(FunctionUrlConfig::functionArn)
                .containsExactly("arn:aws:lambda:us-east-1:000000000000:function:orders",
                        "arn:aws:lambda:us-east-1:000000000000:function:orders:live");
    }

    @Test
    void functionUrlConfigsOfAVersionOrMissingOnesFailLikeAws() {
        assertThatThrownBy(() -> client.createFunctionUrlConfig(r -> r.functionName("orders").qualifier("1")
                .authType(FunctionUrlAuthType.NONE)))
                .isInstanceOfSatisfying(LambdaException.class, validationError());
        assertThatThrownBy(() -> client.getFunctionUrlConfig(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
        client.createFunctionUrlConfig(r -> r.functionName("orders").authType(FunctionUrlAuthType.NONE));
        client.deleteFunctionUrlConfig(r -> r.functionName("orders"));
        assertThatThrownBy(() -> client.deleteFunctionUrlConfig(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void createEventSourceMappingStoresItWithAwsDefaultsAndItBecomesEnabled() {
        CreateEventSourceMappingResponse created = client.createEventSourceMapping(r -> r.functionName("orders")
                .eventSourceArn(QUEUE));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(created.batchSize()).isEqualTo(10);
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:orders");
        assertThat(created.state()).isEqualTo("Creating");
        assertThat(client.getEventSourceMapping(r -> r.uuid(created.uuid())).state()).isEqualTo("Enabled");
    }

    @Test
    void updateEventSourceMappingDisablesItAndChangesItsBatchSize() {
        String uuid = client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(STREAM)
                .startingPosition(EventSourcePosition.LATEST)).uuid();

        var updated = client.updateEventSourceMapping(r -> r.uuid(uuid).enabled(false).batchSize(500));

        assertThat(updated.state()).isEqualTo("Updating");
        EventSourceMappingConfiguration read = client.listEventSourceMappings(r -> r.functionName("orders"))
                .eventSourceMappings().get(0);
        assertThat(read.state()).isEqualTo("Disabled");
        assertThat(read.batchSize()).isEqualTo(500);
        assertThat(read.startingPosition()).isEqualTo(EventSourcePosition.LATEST);
    }

    @Test
    void deleteEventSourceMappingAnswersDeletingAndForgetsIt() {
        String uuid = client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(QUEUE)).uuid();

        assertThat(client.deleteEventSourceMapping(r -> r.uuid(uuid)).state()).isEqualTo("Deleting");

        assertThatThrownBy(() -> client.getEventSourceMapping(r -> r.uuid(uuid)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void eventSourceMappingsAreValidatedLikeAws() {
        assertThatThrownBy(() -> client.createEventSourceMapping(r -> r.functionName("missing").eventSourceArn(QUEUE)))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("Function does not exist");
        assertThatThrownBy(() -> client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(STREAM)))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("startingPosition");
        assertThatThrownBy(() -> client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(QUEUE)
                .batchSize(0)))
                .isInstanceOfSatisfying(LambdaException.class, validationError()).hasMessageContaining("batchSize");
        client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(QUEUE));
        assertThatThrownBy(() -> client.createEventSourceMapping(r -> r.functionName("orders").eventSourceArn(QUEUE)))
                .isInstanceOf(ResourceConflictException.class);
    }
}
