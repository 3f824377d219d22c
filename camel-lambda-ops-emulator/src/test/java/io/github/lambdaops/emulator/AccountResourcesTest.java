package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CapacityProviderState;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.ROLE;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resource policies, capacity providers and durable executions. */
class AccountResourcesTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":\"*\",\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + ARN + "\"}]}";

    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension();
    static LambdaClient client;

    @BeforeAll
    static void connect() {
        client = client(lambda.emulator());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void reset() {
        lambda.emulator().reset();
        client.createFunction(scriptFunction("orders", "app.handler").build());
    }

    @Test
    void resourcesBelongToTheRegionTheyWereCreatedIn() {
        try (LambdaClient west = client(lambda.emulator(), Region.EU_WEST_1)) {
            west.createFunction(scriptFunction("orders", "app.handler").build());
            west.createEventSourceMapping(r -> r.functionName("orders")
                    .eventSourceArn("arn:aws:sqs:eu-west-1:000000000000:q"));
            west.createCodeSigningConfig(r -> r.allowedPublishers(p -> p.signingProfileVersionArns(
                    "arn:aws:signer:eu-west-1:000000000000:/signing-profiles/p/abc")));
            west.createCapacityProvider(r -> r.capacityProviderName("fleet").vpcConfig(v -> v.subnetIds("subnet-1"))
                    .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(ROLE)));

            assertThat(west.listEventSourceMappings(r -> { }).eventSourceMappings()).hasSize(1);
            assertThat(west.listCodeSigningConfigs(r -> { }).codeSigningConfigs()).hasSize(1);
            assertThat(west.listCapacityProviders(r -> { }).capacityProviders()).hasSize(1);
        }
        assertThat(client.listEventSourceMappings(r -> { }).eventSourceMappings()).isEmpty();
        assertThat(client.listCodeSigningConfigs(r -> { }).codeSigningConfigs()).isEmpty();
        assertThat(client.listCapacityProviders(r -> { }).capacityProviders()).isEmpty();
    }

    @Test
    void deletingAFunctionDeletesItsResourcePolicy() {
        client.putResourcePolicy(r -> r.resourceArn(ARN).policy(POLICY));
        client.deleteFunction(r -> r.functionName("orders"));
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.getResourcePolicy(r -> r.resourceArn(ARN)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void putResourcePolicyStoresThePolicyGuardedByItsRevisionId() {
        var put = client.putResourcePolicy(r -> r.resourceArn(ARN).policy(POLICY));

        assertThat(client.getResourcePolicy(r -> r.resourceArn(ARN)).policy()).isEqualTo(POLICY);
        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.resourceArn(ARN).policy(POLICY).revisionId("stale")))
                .isInstanceOf(PreconditionFailedException.class);
        client.deleteResourcePolicy(r -> r.resourceArn(ARN).revisionId(put.revisionId()));
        assertThatThrownBy(() -> client.getResourcePolicy(r -> r.resourceArn(ARN)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void putResourcePolicyRejectsWhatIsNotAPolicyOrOfAMissingFunction() {
        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.resourceArn(ARN).policy("not json")))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.resourceArn(ARN + "x").policy(POLICY)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void capacityProvidersAreCreatedActiveListedAndDeleted() {
        var created = client.createCapacityProvider(r -> r.capacityProviderName("fleet")
                .vpcConfig(v -> v.subnetIds("subnet-1").securityGroupIds("sg-1"))
                .permissionsConfig(p -> p.capacityProviderOperatorRoleArn(ROLE))).capacityProvider();

        assertThat(created.capacityProviderArn())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:capacity-provider:fleet");
        assertThat(created.state()).isEqualTo(CapacityProviderState.ACTIVE);
        assertThatThrownBy(() -> client.createCapacityProvider(r -> r.capacityProviderName("fleet")
                .vpcConfig(v -> v.subnetIds("subnet-1")).permissionsConfig(p -> p.capacityProviderOperatorRoleArn(ROLE))))
                .isInstanceOf(ResourceConflictException.class);
        assertThat(client.listCapacityProviders(r -> { }).capacityProviders()).hasSize(1);
        assertThat(client.listFunctionVersionsByCapacityProvider(r -> r.capacityProviderName("fleet"))
                .functionVersions()).isEmpty();
        assertThat(client.updateCapacityProvider(r -> r.capacityProviderName("fleet")
                .capacityProviderScalingConfig(c -> c.maxVCpuCount(64))).capacityProvider()
                .capacityProviderScalingConfig().maxVCpuCount()).isEqualTo(64);
        assertThat(client.getCapacityProvider(r -> r.capacityProviderName("fleet")).capacityProvider()
                .vpcConfig().subnetIds()).containsExactly("subnet-1");
        assertThat(client.deleteCapacityProvider(r -> r.capacityProviderName("fleet")).capacityProvider().state())
                .isEqualTo(CapacityProviderState.DELETING);
        assertThatThrownBy(() -> client.getCapacityProvider(r -> r.capacityProviderName("fleet")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void durableExecutionsThatWereNeverStartedAreNotFound() {
        String execution = ARN + ":$LATEST/durable-execution/run/0123";

        assertThat(client.listDurableExecutionsByFunction(r -> r.functionName("orders")).durableExecutions())
                .isEmpty();
        assertThatThrownBy(() -> client.getDurableExecution(r -> r.durableExecutionArn(execution)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.stopDurableExecution(r -> r.durableExecutionArn(execution)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.sendDurableExecutionCallbackSuccess(r -> r.callbackId("abc")
                .result(SdkBytes.fromUtf8String("{}"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.getDurableExecutionHistory(r -> r.durableExecutionArn(execution)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.getDurableExecutionState(r -> r.durableExecutionArn(execution)
                .checkpointToken("t")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.checkpointDurableExecution(r -> r.durableExecutionArn(execution)
                .checkpointToken("t")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.sendDurableExecutionCallbackFailure(r -> r.callbackId("abc")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.sendDurableExecutionCallbackHeartbeat(r -> r.callbackId("abc")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
