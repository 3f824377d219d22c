package io.github.lambdaops.emulator.support;

import io.github.lambdaops.emulator.LambdaEmulatorExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A test class that drives one emulator (default settings) with the plain AWS SDK client over HTTP: the emulator runs
 * for the class, and every test starts from an empty one.
 */
public abstract class EmulatorSdkTest {
    @RegisterExtension
    protected static final LambdaEmulatorExtension lambda = new LambdaEmulatorExtension();
    protected static LambdaClient client;

    @BeforeAll
    static void connect() {
        client = LambdaTestSupport.client(lambda.emulator());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void startEmpty() {
        lambda.emulator().reset();
    }
}
