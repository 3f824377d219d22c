package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.FunctionEventInvokeConfig;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.RecursiveLoop;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateRuntimeOn;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored configurations of a function: asynchronous invocation, recursion, runtime, scaling, code signing. */
class FunctionSettingsTest extends EmulatorSdkTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:failures";
    private static final String PROFILE = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abc";

    @BeforeEach
    void reset() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());
    }

    @Test
    void eventInvokeConfigIsPutUpdatedListedAndDeleted() {
        var put = client.putFunctionEventInvokeConfig(r -> r.functionName("orders").maximumRetryAttempts(1));
        var updated = client.updateFunctionEventInvokeConfig(r -> r.functionName("orders")
                .destinationConfig(d -> d.onFailure(f -> f.destination(QUEUE))));
        client.putFunctionEventInvokeConfig(r -> r.functionName("orders").qualifier("1").maximumEventAgeInSeconds(60));

        assertThat(put.functionArn()).isEqualTo(ARN + ":$LATEST");
        assertThat(put.lastModified()).isNotNull();
        assertThat(updated.maximumRetryAttempts()).isEqualTo(1);
        assertThat(updated.destinationConfig().onFailure().destination()).isEqualTo(QUEUE);
        assertThat(client.listFunctionEventInvokeConfigs(r -> r.functionName("orders")).functionEventInvokeConfigs())
                .extracting(FunctionEventInvokeConfig::functionArn).containsExactly(ARN + ":$LATEST", ARN + ":1");
        client.deleteFunctionEventInvokeConfig(r -> r.functionName("orders"));
        assertThatThrownBy(() -> client.getFunctionEventInvokeConfig(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void eventInvokeConfigOutOfRangeFailsValidationAndEmptyWithInvalidParameterValue() {
        assertThatThrownBy(() -> client.putFunctionEventInvokeConfig(r -> r.functionName("orders")
                .maximumRetryAttempts(3)))
                .isInstanceOfSatisfying(LambdaException.class, validationError()).hasMessageContaining("maximumRetryAttempts");
        assertThatThrownBy(() -> client.putFunctionEventInvokeConfig(r -> r.functionName("orders")))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> client.updateFunctionEventInvokeConfig(r -> r.functionName("orders")
                .maximumRetryAttempts(1)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void recursionAndRuntimeManagementConfigsAnswerAwsDefaultsUntilPut() {
        assertThat(client.getFunctionRecursionConfig(r -> r.functionName("orders")).recursiveLoop())
                .isEqualTo(RecursiveLoop.TERMINATE);
        assertThat(client.getRuntimeManagementConfig(r -> r.functionName("orders")).updateRuntimeOn())
                .isEqualTo(UpdateRuntimeOn.AUTO);

        client.putFunctionRecursionConfig(r -> r.functionName("orders").recursiveLoop(RecursiveLoop.ALLOW));
        client.putRuntimeManagementConfig(r -> r.functionName("orders").updateRuntimeOn(UpdateRuntimeOn.FUNCTION_UPDATE));

        assertThat(client.getFunctionRecursionConfig(r -> r.functionName("orders")).recursiveLoop())
                .isEqualTo(RecursiveLoop.ALLOW);
        assertThat(client.getRuntimeManagementConfig(r -> r.functionName("orders")).updateRuntimeOn())
                .isEqualTo(UpdateRuntimeOn.FUNCTION_UPDATE);
        assertThatThrownBy(() -> client.putRuntimeManagementConfig(r -> r.functionName("orders")
                .updateRuntimeOn(UpdateRuntimeOn.MANUAL)))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("RuntimeVersionArn");
    }

    @Test
    void functionScalingConfigIsStoredAsRequested() {
        client.putFunctionScalingConfig(r -> r.functionName("orders").qualifier("1")
                .functionScalingConfig(c -> c.minExecutionEnvironments(1).maxExecutionEnvironments(4)));

        var scaling = client.getFunctionScalingConfig(r -> r.functionName("orders").qualifier("1"));

        assertThat(scaling.requestedFunctionScalingConfig().maxExecutionEnvironments()).isEqualTo(4);
        assertThatThrownBy(() -> client.putFunctionScalingConfig(r -> r.functionName("orders")
                .functionScalingConfig(c -> c.minExecutionEnvironments(5).maxExecutionEnvironments(4))))
                .isInstanceOf(InvalidParameterValueException.class);
    }

    @Test
    void codeSigningConfigIsAttachedListedAndCannotBeDeletedWhileInUse() {
        var config = client.createCodeSigningConfig(r -> r.description("signed")
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))).codeSigningConfig();
        assertThat(config.codeSigningConfigId()).matches("csc-[a-z0-9]{17}");
        assertThat(config.codeSigningPolicies().untrustedArtifactOnDeploymentAsString()).isEqualTo("Warn");

        var updated = client.updateCodeSigningConfig(r -> r.codeSigningConfigArn(config.codeSigningConfigArn())
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment("Enforce"))).codeSigningConfig();
        assertThat(updated.description()).isEqualTo("signed");
        assertThat(client.getCodeSigningConfig(r -> r.codeSigningConfigArn(config.codeSigningConfigArn()))
                .codeSigningConfig().codeSigningPolicies().untrustedArtifactOnDeploymentAsString()).isEqualTo("Enforce");
        client.putFunctionCodeSigningConfig(r -> r.functionName("orders")
                .codeSigningConfigArn(config.codeSigningConfigArn()));

        assertThat(client.getFunctionCodeSigningConfig(r -> r.functionName("orders")).codeSigningConfigArn())
                .isEqualTo(config.codeSigningConfigArn());
        assertThat(client.listFunctionsByCodeSigningConfig(r -> r.codeSigningConfigArn(config.codeSigningConfigArn()))
                .functionArns()).containsExactly(ARN);
        assertThatThrownBy(() -> client.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(
                config.codeSigningConfigArn())))
                .isInstanceOf(ResourceConflictException.class);
        client.deleteFunctionCodeSigningConfig(r -> r.functionName("orders"));
        client.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(config.codeSigningConfigArn()));
        assertThat(client.listCodeSigningConfigs(r -> { }).codeSigningConfigs()).isEmpty();
    }

    @Test
    void deletingAFunctionForgetsItsConfigurations() {
        client.putFunctionEventInvokeConfig(r -> r.functionName("orders").maximumRetryAttempts(0));
        client.putFunctionRecursionConfig(r -> r.functionName("orders").recursiveLoop(RecursiveLoop.ALLOW));

        client.deleteFunction(r -> r.functionName("orders"));
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.getFunctionEventInvokeConfig(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.getFunctionRecursionConfig(r -> r.functionName("orders")).recursiveLoop())
                .isEqualTo(RecursiveLoop.TERMINATE);
    }

    @Test
    void anUnknownCodeSigningConfigFailsWithCodeSigningConfigNotFound() {
        String missing = "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdef0";

        assertThatThrownBy(() -> client.putFunctionCodeSigningConfig(r -> r.functionName("orders")
                .codeSigningConfigArn(missing)))
                .isInstanceOf(CodeSigningConfigNotFoundException.class);
    }
}
