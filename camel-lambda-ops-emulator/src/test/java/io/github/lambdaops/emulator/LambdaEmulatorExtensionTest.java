package io.github.lambdaops.emulator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(LambdaEmulatorExtension.class)
class LambdaEmulatorExtensionTest {
    private final LambdaEmulator fromConstructor;

    LambdaEmulatorExtensionTest(LambdaEmulator emulator) {
        this.fromConstructor = emulator;
    }

    @Test
    void resolvesARunningEmulatorAsConstructorAndMethodParameter(LambdaEmulator fromMethod) {
        assertThat(fromMethod).isSameAs(fromConstructor);
        try (LambdaClient client = client(fromMethod)) {
            assertThat(client.listFunctions().functions()).isNotNull();
        }
    }

    @Test
    void servesOnTheLoopbackAddress(LambdaEmulator emulator) {
        assertThat(emulator.endpoint().toString()).isEqualTo("http://127.0.0.1:" + emulator.port());
        assertThat(emulator.region()).isEqualTo("us-east-1");
        assertThat(emulator.accountId()).isEqualTo("000000000000");
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheEmulatorOfTheirEnclosingClass(LambdaEmulator emulator) {
            assertThat(emulator).isSameAs(fromConstructor);
        }
    }
}
