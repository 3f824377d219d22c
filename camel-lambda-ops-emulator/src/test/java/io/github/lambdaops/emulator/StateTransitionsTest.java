package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.eventually;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Emulators whose resources go through AWS's intermediate states: one where they stay there (for what is refused
 * meanwhile), one where they settle after a short delay, which the SDK's own waiters wait out.
 */
class StateTransitionsTest {
    @RegisterExtension
    static LambdaEmulatorExtension stuck = new LambdaEmulatorExtension(
            EmulatorSettings.builder().stateTransitionDelay(Duration.ofHours(1)).build());
    @RegisterExtension
    static LambdaEmulatorExtension settling = new LambdaEmulatorExtension(
            EmulatorSettings.builder().stateTransitionDelay(Duration.ofMillis(300)).build());
    static LambdaClient stuckClient;
    static LambdaClient client;
    static LambdaWaiter waiter;

    @BeforeAll
    static void connect() {
        stuckClient = client(stuck.emulator());
        settling.emulator().registerHandler("ok.handler", (event, context) -> "\"ok\"".getBytes(StandardCharsets.UTF_8));
        client = client(settling.emulator());
        waiter = LambdaWaiter.builder().client(client).overrideConfiguration(WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100)))
                .maxAttempts(100).build()).build();
    }

    @AfterAll
    static void disconnect() {
        waiter.close();
        client.close();
        stuckClient.close();
    }

    @Test
    void aPendingFunctionCannotBeInvokedUpdatedNorPublished() {
        CreateFunctionResponse created = stuckClient.createFunction(scriptFunction("pending", "ok.handler").build());

        assertThat(created.state()).isEqualTo(State.PENDING);
        assertThat(created.stateReasonCodeAsString()).isEqualTo("Creating");
        assertThatThrownBy(() -> stuckClient.invoke(r -> r.functionName("pending")))
                .isInstanceOfSatisfying(ResourceConflictException.class, conflict -> {
                    assertThat(conflict.statusCode()).isEqualTo(409);
                    assertThat(conflict.getMessage()).contains("The operation cannot be performed at this time. The"
                            + " function is currently in the following state: Pending");
                });
        assertThatThrownBy(() -> stuckClient.updateFunctionConfiguration(r -> r.functionName("pending").timeout(9)))
                .isInstanceOf(ResourceConflictException.class);
        assertThatThrownBy(() -> stuckClient.publishVersion(r -> r.functionName("pending")))
                .isInstanceOf(ResourceConflictException.class);
        assertThat(stuckClient.getFunction(r -> r.functionName("pending")).configuration().state())
                .isEqualTo(State.PENDING);
    }

    @Test
    void aFunctionBecomesActiveForTheWaiterAndThenRuns() {
        CreateFunctionResponse created = client.createFunction(scriptFunction("pending", "ok.handler").build());
        assertThat(created.state()).isEqualTo(State.PENDING);

        GetFunctionResponse active = waiter.waitUntilFunctionActiveV2(r -> r.functionName("pending")).matched()
                .response().orElseThrow();

        assertThat(active.configuration().state()).isEqualTo(State.ACTIVE);
        assertThat(active.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(client.invoke(r -> r.functionName("pending")).payload().asUtf8String()).isEqualTo("\"ok\"");
    }

    @Test
    void anUpdateIsInProgressUntilTheWaiterSeesItSuccessful() {
        client.createFunction(scriptFunction("updated", "ok.handler").build());
        waiter.waitUntilFunctionActiveV2(r -> r.functionName("updated"));

        var updated = client.updateFunctionConfiguration(r -> r.functionName("updated").timeout(30));

        assertThat(updated.lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
        GetFunctionResponse done = waiter.waitUntilFunctionUpdatedV2(r -> r.functionName("updated")).matched()
                .response().orElseThrow();
        assertThat(done.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(done.configuration().timeout()).isEqualTo(30);
    }

    @Test
    void aPublishedVersionIsPendingUntilTheWaiterSeesItActive() {
        client.createFunction(scriptFunction("published", "ok.handler").build());
        waiter.waitUntilFunctionActiveV2(r -> r.functionName("published"));

        String version = client.publishVersion(r -> r.functionName("published")).version();

        GetFunctionConfigurationResponse active = waiter.waitUntilPublishedVersionActive(r -> r
                .functionName("published").qualifier(version)).matched().response().orElseThrow();
        assertThat(active.state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void anEventSourceMappingIsCreatingThenEnabled() {
        client.createFunction(scriptFunction("consumer", "ok.handler").build());
        waiter.waitUntilFunctionActiveV2(r -> r.functionName("consumer"));

        var created = client.createEventSourceMapping(r -> r.functionName("consumer")
                .eventSourceArn("arn:aws:sqs:us-east-1:000000000000:orders"));
        String uuid = created.uuid();

        assertThat(created.state()).isEqualTo("Creating");
        eventually(Duration.ofSeconds(10), () ->
                assertThat(client.getEventSourceMapping(r -> r.uuid(uuid)).state()).isEqualTo("Enabled"));
    }
}
