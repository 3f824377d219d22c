package io.github.lambdaops.camel.springboot;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.lambdaops.emulator.LambdaEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** What the starter's tests share: clients, and a function for the embedded emulator. */
final class StarterTestSupport {

    /** The Handler of functions that upper-case their payload, once {@link #registerUpperCase} ran. */
    static final String UPPER_CASE_HANDLER = "test.upperCase";

    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");
    private static final StaticCredentialsProvider TEST =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private StarterTestSupport() {
    }

    /** A client of its own, for tests that only check which client the component uses; it sends nothing. */
    static LambdaClient client() {
        return LambdaClient.builder().region(Region.US_EAST_1).endpointOverride(NOWHERE).credentialsProvider(TEST)
                .build();
    }

    /** As {@link #client()}, asynchronous. */
    static LambdaAsyncClient asyncClient() {
        return LambdaAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(NOWHERE).credentialsProvider(TEST)
                .build();
    }

    static void registerUpperCase(LambdaEmulator emulator) {
        emulator.registerHandler(UPPER_CASE_HANDLER, (event, context) ->
                new String(event, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
