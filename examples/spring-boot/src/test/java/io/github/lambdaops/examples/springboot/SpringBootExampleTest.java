package io.github.lambdaops.examples.springboot;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SpringBootExampleTest {

    @Test
    void applicationDeploysThePackagedFunctionInvokesAndDeletesItThenEndsByItself(CapturedOutput output)
            throws Exception {
        try (LambdaEmulator emulator = LambdaEmulator.start()) {
            SpringBootExample.run(emulator.endpoint().toString());

            assertThat(emulator.invocationCount(ReverserRoutes.FUNCTION)).isEqualTo(1);
            assertThat(output.getOut())
                    .contains("Deployed arn:aws:lambda:us-east-1:000000000000:function:" + ReverserRoutes.FUNCTION)
                    .contains("Function replied: {\"reversed\":\"tooB gnirpS\"}")
                    .contains("Deleted " + ReverserRoutes.FUNCTION);
        }
    }
}
