package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;

class HttpProtocolTest extends EmulatorSdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int BLOCKED_INVOKES = 8;
    static final CountDownLatch running = new CountDownLatch(BLOCKED_INVOKES);
    static final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void registerHandlers() {
        lambda.emulator().registerHandler("blocking.handler", (event, context) -> {
            running.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return null;
        });
    }

    @Test
    void anUnknownPathAnswers404WithAnAwsErrorBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/nothing-here")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("UnknownOperationException");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("Type").asText()).isEqualTo("User");
        assertThat(body.get("message").asText()).contains("/2015-03-31/nothing-here");
    }

    @Test
    void anUnknownMethodOnAKnownPathAnswers404WithAnAwsErrorBody() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    @Test
    void unsignedRequestsAreServedInTheDefaultRegion() throws Exception {
        String body = "{\"FunctionName\":\"unsigned\",\"Runtime\":\"java17\",\"Role\":\"arn:aws:iam::000000000000:role/r\","
                + "\"Handler\":\"a.B\",\"Code\":{\"S3Bucket\":\"b\",\"S3Key\":\"k\"}}";

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("FunctionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:unsigned");
    }

    @Test
    void requestCountCountsEveryRequestSinceTheLastReset() throws Exception {
        client.listFunctions();
        send(HttpRequest.newBuilder(uri("/unknown")).GET());

        assertThat(lambda.emulator().requestCount()).isEqualTo(2);
        lambda.emulator().reset();
        assertThat(lambda.emulator().requestCount()).isZero();
    }

    @Test
    void runningFunctionsDoNotHoldUpOtherRequests() throws Exception {
        client.createFunction(scriptFunction("blocker", "blocking.handler").timeout(60).build());
        ExecutorService callers = Executors.newFixedThreadPool(BLOCKED_INVOKES);
        try {
            List<Future<?>> invocations = new ArrayList<>();
            for (int i = 0; i < BLOCKED_INVOKES; i++) {
                invocations.add(callers.submit(() -> client.invoke(r -> r.functionName("blocker"))));
            }
            assertThat(running.await(30, TimeUnit.SECONDS)).as("all invocations running").isTrue();

            // every invocation is still blocked in its handler: the API must answer regardless
            assertThat(client.listFunctions().functions()).extracting(f -> f.functionName()).contains("blocker");
            assertThat(invocations).noneMatch(Future::isDone);

            release.countDown();
            for (Future<?> invocation : invocations) {
                invocation.get(30, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
        assertThat(lambda.emulator().invocationCount("blocker")).isEqualTo(BLOCKED_INVOKES);
    }

    @Test
    void sixtyFourKeepAliveClientsAreAllServed() throws Exception {
        client.createFunction(scriptFunction("target", "app.handler").build());
        int clients = 64;
        int requestsEach = 50;
        ExecutorService callers = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(callers.submit(() -> {
                    int ok = 0;
                    for (int j = 0; j < requestsEach; j++) {
                        ok += client.getFunctionConfiguration(r -> r.functionName("target")).functionName() != null ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> result : results) {
                ok += result.get();
            }

            assertThat(ok).isEqualTo(clients * requestsEach);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void everyResponseCarriesItsOwnVersion4RequestId() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions/")).GET());
            String id = response.headers().firstValue("x-amzn-RequestId").orElseThrow();

            UUID uuid = UUID.fromString(id);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(20);
    }

    @Test
    void theRegionComesFromTheFirstWellFormedCredentialScopeOfTheAuthorizationHeader() throws Exception {
        try (LambdaClient west = client(lambda.emulator(), Region.EU_WEST_1)) {
            west.createFunction(scriptFunction("west", "app.handler").build());
        }

        assertThat(functionsListedWith("AWS4-HMAC-SHA256 Credential=AKID/20261126/eu-west-1/lambda/aws4_request,"
                + " SignedHeaders=host, Signature=0")).contains("\"west\"");
        assertThat(functionsListedWith("Credential=AKID/2026112/eu-west-1/lambda/ Credential=K/20261126/eu-west-1/"))
                .contains("\"west\"");
        assertThat(functionsListedWith("AWS4-HMAC-SHA256 Credential=AKID/20261126/EU-WEST-1/lambda/aws4_request"))
                .doesNotContain("\"west\"");
        assertThat(functionsListedWith("AWS4-HMAC-SHA256 Credential=/20261126/eu-west-1/lambda/aws4_request"))
                .doesNotContain("\"west\"");
        assertThat(functionsListedWith("AWS4-HMAC-SHA256 Credential=AKID/20261126/eu-west-1"))
                .doesNotContain("\"west\"");
    }

    private static String functionsListedWith(String authorization) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/2015-03-31/functions/"))
                .header("Authorization", authorization).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static URI uri(String path) {
        return lambda.emulator().endpoint().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
