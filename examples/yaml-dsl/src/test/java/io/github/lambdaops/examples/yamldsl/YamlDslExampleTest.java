package io.github.lambdaops.examples.yamldsl;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YamlDslExampleTest {

    @Test
    void exampleDeploysThePackagedFunctionInvokesAndDeletesItThenEndsByItself() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (LambdaEmulator emulator = LambdaEmulator.start()) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                YamlDslExample.run(emulator.endpoint().toString());
            } finally {
                System.setOut(original);
            }

            assertThat(emulator.invocationCount("camel-yaml-greeter")).isEqualTo(1);
            String output = captured.toString(StandardCharsets.UTF_8);
            assertThat(output).contains("Deployed arn:aws:lambda:us-east-1:000000000000:function:camel-yaml-greeter")
                    .contains("Function replied: {\"greeting\":\"Hello, YAML!\"}")
                    .contains("Deleted camel-yaml-greeter");
        }
    }
}
