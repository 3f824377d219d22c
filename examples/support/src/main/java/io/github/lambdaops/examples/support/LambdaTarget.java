package io.github.lambdaops.examples.support;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.main.Main;

/**
 * Where an example sends its Lambda calls, chosen from the environment: {@code LAMBDA_ENDPOINT} (LocalStack), else AWS
 * itself when {@code AWS_REGION} is set (credentials from the SDK's default chain), else an embedded emulator started
 * for the run, so that an example needs no AWS account and no Docker.
 */
public final class LambdaTarget {

    /** The region of the embedded emulator's ARNs. */
    public static final String EMULATOR_REGION = "us-east-1";

    /** One run of an example against {@code endpoint} (null for AWS's own) in {@code region}. */
    @FunctionalInterface
    public interface ExampleRun {
        void run(String endpoint, String region) throws Exception;
    }

    private LambdaTarget() {
    }

    public static void runFromEnvironment(ExampleRun example) throws Exception {
        String endpoint = System.getenv("LAMBDA_ENDPOINT");
        String region = System.getenv("AWS_REGION");
        if (endpoint == null && region == null) {
            try (LambdaEmulator emulator = LambdaEmulator.start()) {
                System.out.println("Embedded Lambda emulator on " + emulator.endpoint());
                example.run(emulator.endpoint().toString(), EMULATOR_REGION);
            }
        } else {
            example.run(endpoint, region);
        }
    }

    /**
     * Points the lambda-ops component of {@code main} at {@code endpoint} (the emulator or LocalStack accept any
     * credentials), or at AWS with the SDK's default credentials when it is null.
     */
    public static void configure(Main main, String endpoint, String region) {
        if (region != null) {
            main.addInitialProperty("camel.component.lambda-ops.region", region);
        }
        if (endpoint != null) {
            main.addInitialProperty("camel.component.lambda-ops.override-endpoint", "true");
            main.addInitialProperty("camel.component.lambda-ops.uri-endpoint-override", endpoint);
            main.addInitialProperty("camel.component.lambda-ops.access-key", "test");
            main.addInitialProperty("camel.component.lambda-ops.secret-key", "test");
        } else {
            main.addInitialProperty("camel.component.lambda-ops.use-default-credentials-provider", "true");
        }
    }
}
