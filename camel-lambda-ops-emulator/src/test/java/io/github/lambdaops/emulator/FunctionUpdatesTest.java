package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zipOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionUpdatesTest extends EmulatorSdkTest {

    @BeforeAll
    static void registerHandlers() {
        lambda.emulator().registerHandler("v1.handler", (event, context) -> "\"v1\"".getBytes(StandardCharsets.UTF_8));
        lambda.emulator().registerHandler("v2.handler", (event, context) -> "\"v2\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void updateFunctionCodeChangesCodeSha256AndRevisionId() {
        CreateFunctionResponse created = client.createFunction(scriptFunction("orders", "v1.handler").build());

        UpdateFunctionCodeResponse updated = client.updateFunctionCode(r -> r.functionName("orders")
                .zipFile(zipOf(Map.of("app.py", "def handler(e, c): return 2"))));

        assertThat(updated.codeSha256()).isNotEqualTo(created.codeSha256());
        assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());
        assertThat(updated.lastUpdateStatusAsString()).isEqualTo("InProgress");
        var settled = client.getFunctionConfiguration(r -> r.functionName("orders"));
        assertThat(settled.codeSha256()).isEqualTo(updated.codeSha256());
        assertThat(settled.lastUpdateStatusAsString()).isEqualTo("Successful");
    }

    @Test
    void updateFunctionCodeWithPublishCreatesAnImmutableVersion() {
        client.createFunction(scriptFunction("orders", "v1.handler").publish(true).build());
        String firstSha = client.getFunctionConfiguration(r -> r.functionName("orders").qualifier("1")).codeSha256();

        UpdateFunctionCodeResponse published = client.updateFunctionCode(r -> r.functionName("orders").publish(true)
                .zipFile(zipOf(Map.of("app.py", "changed"))));

        assertThat(published.version()).isEqualTo("2");
        assertThat(published.codeSha256()).isNotEqualTo(firstSha);
        assertThat(client.getFunctionConfiguration(r -> r.functionName("orders").qualifier("1")).codeSha256())
                .isEqualTo(firstSha);
    }

    @Test
    void updateFunctionCodeWithAStaleRevisionIdFailsWithPreconditionFailed() {
        client.createFunction(scriptFunction("orders", "v1.handler").build());

        assertThatThrownBy(() -> client.updateFunctionCode(r -> r.functionName("orders").revisionId("stale")
                .zipFile(zipOf(Map.of("app.py", "x")))))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void updateFunctionCodeRejectsBytesThatAreNotAZip() {
        client.createFunction(scriptFunction("orders", "v1.handler").build());

        assertThatThrownBy(() -> client.updateFunctionCode(r -> r.functionName("orders")
                .zipFile(SdkBytes.fromUtf8String("not a zip"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Could not unzip");
    }

    @Test
    void updateFunctionConfigurationChangesOnlyTheGivenMembersAndTheRevisionId() {
        CreateFunctionResponse created = client.createFunction(scriptFunction("orders", "v1.handler")
                .timeout(10).description("orders").build());

        UpdateFunctionConfigurationResponse updated = client.updateFunctionConfiguration(r -> r.functionName("orders")
                .memorySize(512).environment(e -> e.variables(Map.of("STAGE", "prod"))));

        assertThat(updated.memorySize()).isEqualTo(512);
        assertThat(updated.environment().variables()).containsEntry("STAGE", "prod");
        assertThat(updated.timeout()).isEqualTo(10);
        assertThat(updated.description()).isEqualTo("orders");
        assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());
    }

    @Test
    void updateFunctionConfigurationOfTheHandlerChangesWhatInvokeRuns() {
        client.createFunction(scriptFunction("orders", "v1.handler").build());

        client.updateFunctionConfiguration(r -> r.functionName("orders").handler("v2.handler"));

        assertThat(client.invoke(r -> r.functionName("orders")).payload().asUtf8String()).isEqualTo("\"v2\"");
    }

    @Test
    void updateFunctionConfigurationWithARevisionIdOfAnEarlierUpdateFailsWithPreconditionFailed() {
        client.createFunction(scriptFunction("orders", "v1.handler").build());
        String first = client.getFunctionConfiguration(r -> r.functionName("orders")).revisionId();
        client.updateFunctionConfiguration(r -> r.functionName("orders").revisionId(first).timeout(5));

        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("orders").revisionId(first)
                .timeout(6)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void updateFunctionConfigurationOutOfRangeFailsValidation() {
        client.createFunction(scriptFunction("orders", "v1.handler").build());

        assertThatThrownBy(() -> client.updateFunctionConfiguration(r -> r.functionName("orders").memorySize(64)))
                .isInstanceOfSatisfying(LambdaException.class, validationError())
                .hasMessageContaining("memorySize");
    }

    @Test
    void publishVersionAfterAnUpdateSnapshotsTheNewConfiguration() {
        client.createFunction(scriptFunction("orders", "v1.handler").publish(true).build());
        client.updateFunctionConfiguration(r -> r.functionName("orders").handler("v2.handler"));

        String version = client.publishVersion(r -> r.functionName("orders")).version();

        assertThat(version).isEqualTo("2");
        assertThat(client.invoke(r -> r.functionName("orders").qualifier("1")).payload().asUtf8String())
                .isEqualTo("\"v1\"");
        assertThat(client.invoke(r -> r.functionName("orders").qualifier("2")).payload().asUtf8String())
                .isEqualTo("\"v2\"");
    }
}
