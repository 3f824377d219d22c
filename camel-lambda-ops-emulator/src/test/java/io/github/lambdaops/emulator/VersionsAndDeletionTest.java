package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsAndDeletionTest extends EmulatorSdkTest {

    @Test
    void publishVersionSnapshotsLatestAsVersionOne() {
        client.createFunction(scriptFunction("orders", "app.handler").description("v1").build());

        PublishVersionResponse published = client.publishVersion(r -> r.functionName("orders").description("first"));

        assertThat(published.version()).isEqualTo("1");
        assertThat(published.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:orders:1");
        assertThat(published.description()).isEqualTo("first");
        assertThat(published.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(client.getFunctionConfiguration(r -> r.functionName("orders")).version()).isEqualTo("$LATEST");
    }

    @Test
    void publishVersionOfAnUnchangedLatestAnswersTheLastVersion() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        String first = client.publishVersion(r -> r.functionName("orders")).version();
        String again = client.publishVersion(r -> r.functionName("orders")).version();

        assertThat(first).isEqualTo("1");
        assertThat(again).isEqualTo("1");
    }

    @Test
    void publishVersionNumbersKeepGrowingAfterADeletion() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());
        client.deleteFunction(r -> r.functionName("orders").qualifier("1"));

        assertThat(client.publishVersion(r -> r.functionName("orders")).version()).isEqualTo("2");
        assertThat(client.listVersionsByFunction(r -> r.functionName("orders")).versions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "2");
    }

    @Test
    void publishVersionWithAStaleRevisionIdFailsWithPreconditionFailed() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.publishVersion(r -> r.functionName("orders").revisionId("stale")))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void publishVersionWithADifferentCodeSha256FailsWithInvalidParameterValue() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.publishVersion(r -> r.functionName("orders").codeSha256("other")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("CodeSHA256");
    }

    @Test
    void publishVersionOfAnUnknownFunctionFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.publishVersion(r -> r.functionName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteFunctionRemovesTheFunctionAndItsVersions() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());

        int status = client.deleteFunction(r -> r.functionName("orders")).sdkHttpResponse().statusCode();

        assertThat(status).isEqualTo(204);
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteFunctionWithAQualifierDeletesOnlyThatVersion() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());

        client.deleteFunction(r -> r.functionName("orders").qualifier("1"));

        assertThat(client.getFunction(r -> r.functionName("orders")).configuration().version()).isEqualTo("$LATEST");
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteFunctionOfLatestAsQualifierFailsWithInvalidParameterValue() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("orders").qualifier("$LATEST")))
                .isInstanceOf(InvalidParameterValueException.class);
    }

    @Test
    void deleteFunctionOfAnUnknownFunctionFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
