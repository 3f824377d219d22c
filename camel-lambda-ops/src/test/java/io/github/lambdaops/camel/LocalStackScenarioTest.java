package io.github.lambdaops.camel;

import io.github.lambdaops.camel.support.FunctionScenario;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;

/** The same scenario against LocalStack; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackScenarioTest extends FunctionScenario {

    @Container
    private static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4.4")
            .withServices("lambda")
            // LocalStack runs functions in sibling containers
            .withFileSystemBind("/var/run/docker.sock", "/var/run/docker.sock");

    @Override
    protected String endpoint() {
        return LOCALSTACK.getEndpoint().toString();
    }

    @Override
    protected String region() {
        return LOCALSTACK.getRegion();
    }

    @Override
    protected String accessKey() {
        return LOCALSTACK.getAccessKey();
    }

    @Override
    protected String secretKey() {
        return LOCALSTACK.getSecretKey();
    }
}
