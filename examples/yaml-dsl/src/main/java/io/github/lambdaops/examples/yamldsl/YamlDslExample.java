package io.github.lambdaops.examples.yamldsl;

import io.github.lambdaops.examples.support.LambdaTarget;
import org.apache.camel.main.Main;

/**
 * Runs the YAML route of {@code routes/greeter.camel.yaml} with Camel Main until it has handled its one message. By
 * default against an embedded Lambda emulator (no AWS account, no Docker); with {@code LAMBDA_ENDPOINT} against that
 * endpoint (LocalStack); with only {@code AWS_REGION} (and {@code LAMBDA_ROLE_ARN}) against AWS, as
 * {@code application.properties} says.
 */
public final class YamlDslExample {

    private YamlDslExample() {
    }

    public static void main(String[] args) throws Exception {
        LambdaTarget.runFromEnvironment((endpoint, region) -> run(endpoint)); // application.properties reads the region
    }

    /** Runs the route until its one message is done; {@code endpoint} null for AWS itself. */
    public static void run(String endpoint) throws Exception {
        Main main = new Main();
        if (endpoint != null) {
            // the emulator or LocalStack: any credentials are accepted
            main.addOverrideProperty("camel.component.lambda-ops.override-endpoint", "true");
            main.addOverrideProperty("camel.component.lambda-ops.uri-endpoint-override", endpoint);
            main.addOverrideProperty("camel.component.lambda-ops.use-default-credentials-provider", "false");
            main.addOverrideProperty("camel.component.lambda-ops.access-key", "test");
            main.addOverrideProperty("camel.component.lambda-ops.secret-key", "test");
        }
        main.run();
    }
}
