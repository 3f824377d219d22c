package io.github.lambdaops.examples.javadsl;

import io.github.lambdaops.examples.support.LambdaTarget;
import org.apache.camel.main.Main;

/**
 * Runs {@link FunctionLifecycleRoutes} once and exits. By default against an embedded Lambda emulator (no AWS account,
 * no Docker). To use LocalStack set {@code LAMBDA_ENDPOINT=http://localhost:4566} (and {@code AWS_REGION}); for real
 * AWS set {@code AWS_REGION} and {@code LAMBDA_ROLE_ARN} and provide credentials the SDK's default chain finds.
 */
public final class JavaDslExample {

    private static final String EMULATOR_ROLE = "arn:aws:iam::000000000000:role/camel-lambda-ops-example";

    private JavaDslExample() {
    }

    public static void main(String[] args) throws Exception {
        String role = System.getenv().getOrDefault("LAMBDA_ROLE_ARN", EMULATOR_ROLE);
        LambdaTarget.runFromEnvironment((endpoint, region) -> run(endpoint, region, role));
    }

    /** Runs the routes until their one message is done; {@code endpoint} null for AWS itself. */
    public static void run(String endpoint, String region, String roleArn) throws Exception {
        Main main = new Main(); // no package scan: the routes need the role ARN
        main.configure().addRoutesBuilder(new FunctionLifecycleRoutes(roleArn));
        main.configure().withDurationMaxMessages(1);
        main.configure().withShutdownTimeout(5);
        LambdaTarget.configure(main, endpoint, region);
        main.run();
    }
}
