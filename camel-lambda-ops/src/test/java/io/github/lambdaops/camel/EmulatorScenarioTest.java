package io.github.lambdaops.camel;

import io.github.lambdaops.camel.support.FunctionScenario;
import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class EmulatorScenarioTest extends FunctionScenario {

    private static LambdaEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = LambdaEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Override
    protected String endpoint() {
        return emulator.endpoint().toString();
    }

    @Override
    protected String region() {
        return "us-east-1";
    }

    @Override
    protected String accessKey() {
        return "test";
    }

    @Override
    protected String secretKey() {
        return "test";
    }
}
