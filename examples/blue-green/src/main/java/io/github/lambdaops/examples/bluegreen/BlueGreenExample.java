package io.github.lambdaops.examples.bluegreen;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.main.Main;

/**
 * Runs {@link BlueGreenRoutes} once and exits. By default against an embedded Lambda emulator (no AWS account,
 * no Docker). To use LocalStack set {@code LAMBDA_ENDPOINT=http://localhost:4566} (and {@code AWS_REGION}); for real
 * AWS set {@code AWS_REGION} and {@code LAMBDA_ROLE_ARN} and provide credentials the SDK's default chain finds.
 */
public final class BlueGreenExample {

    private static final String EMULATOR_ROLE = "arn:aws:iam::000000000000:role/camel-lambda-ops-example";

    private BlueGreenExample() {
    }

    public static void main(String[] args) throws Exception {
        String endpoint = System.getenv("LAMBDA_ENDPOINT");
        String region = System.getenv("AWS_REGION");
        String role = System.getenv().getOrDefault("LAMBDA_ROLE_ARN", EMULATOR_ROLE);
        if (endpoint == null && region == null) {
            try (LambdaEmulator emulator = LambdaEmulator.start()) {
                System.out.println("Embedded Lambda emulator on " + emulator.endpoint());
                run(emulator.endpoint().toString(), "us-east-1", role);
            }
        } else {
            run(endpoint, region, role);
        }
    }

    /** Runs the routes until their one message is done. */
    public static void run(String endpoint, String region, String roleArn) throws Exception {
        Main main = new Main(); // no package scan: the routes need the role ARN
        main.configure().addRoutesBuilder(new BlueGreenRoutes(roleArn));
        main.configure().withDurationMaxMessages(1);
        main.configure().withShutdownTimeout(5);
        if (region != null) {
            main.addInitialProperty("camel.component.lambda-ops.region", region);
        }
        if (endpoint != null) {
            // LocalStack or the emulator: any credentials are accepted
            main.addInitialProperty("camel.component.lambda-ops.override-endpoint", "true");
            main.addInitialProperty("camel.component.lambda-ops.uri-endpoint-override", endpoint);
            main.addInitialProperty("camel.component.lambda-ops.access-key", "test");
            main.addInitialProperty("camel.component.lambda-ops.secret-key", "test");
        } else {
            main.addInitialProperty("camel.component.lambda-ops.use-default-credentials-provider", "true");
        }
        main.run();
    }
}
