package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.fixtures.ShoutingFunctionHandler;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.State;

import java.time.Duration;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;

/** The extension declared with its settings as attributes of {@link WithLambdaEmulator}. */
@WithLambdaEmulator(region = "eu-central-1", accountId = "111122223333", stateTransitionDelayMillis = 60_000,
        ioThreads = 1,
        handlers = "declared.shout=io.github.lambdaops.emulator.fixtures.ShoutingFunctionHandler")
class DeclaredEmulatorTest {

    @Test
    void theEmulatorRunsWithTheDeclaredSettings(LambdaEmulator emulator) {
        assertThat(emulator.settings().region()).isEqualTo("eu-central-1");
        assertThat(emulator.settings().accountId()).isEqualTo("111122223333");
        assertThat(emulator.settings().stateTransitionDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(emulator.settings().ioThreads()).isEqualTo(1);
        assertThat(emulator.settings().handlers()).containsOnlyKeys("declared.shout");
        assertThat(emulator.settings().handlers().get("declared.shout")).isInstanceOf(ShoutingFunctionHandler.class);
    }

    @Test
    void aFunctionGetsTheDeclaredAccountAndStaysPendingForTheDeclaredDelay(LambdaEmulator emulator) {
        try (LambdaClient client = client(emulator, Region.EU_CENTRAL_1)) {
            var created = client.createFunction(scriptFunction("pending", "declared.shout").build());

            assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:eu-central-1:111122223333:function:pending");
            assertThat(created.state()).isEqualTo(State.PENDING);
        }
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheDeclaredEmulatorOfTheirEnclosingClass(LambdaEmulator emulator) {
            assertThat(emulator.accountId()).isEqualTo("111122223333");
        }
    }
}
