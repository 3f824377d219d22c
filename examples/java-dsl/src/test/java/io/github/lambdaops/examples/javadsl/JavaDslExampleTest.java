package io.github.lambdaops.examples.javadsl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaDslExampleTest {

    @Test
    void exampleDeploysInvokesAndCleansUpThenEndsByItself() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (LambdaEmulator emulator = LambdaEmulator.start()) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                JavaDslExample.run(emulator.endpoint().toString(), "us-east-1",
                        "arn:aws:iam::000000000000:role/example");
            } finally {
                System.setOut(original);
            }

            assertThat(emulator.invocationCount(FunctionLifecycleRoutes.FUNCTION)).isEqualTo(1);
            String output = captured.toString(StandardCharsets.UTF_8);
            assertThat(output).contains("Function replied: {\"words\":9,\"longest\":\"quick\"}");
            assertThat(output).contains("Granted: ").contains("Revoked allow-s3")
                    .contains("Deleted " + FunctionLifecycleRoutes.FUNCTION);
        }
    }
}
