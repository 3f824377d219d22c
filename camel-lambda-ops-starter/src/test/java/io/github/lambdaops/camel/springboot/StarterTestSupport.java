package io.github.lambdaops.camel.springboot;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** What the starter's tests share: clients and functions for the embedded emulator. */
final class StarterTestSupport {

    /** The Handler of the functions the tests deploy; the emulator runs {@link #upperCase} for it. */
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

    static byte[] upperCase(byte[] event) {
        return new String(event, java.nio.charset.StandardCharsets.UTF_8).toUpperCase()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
