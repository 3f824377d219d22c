package io.github.lambdaops.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sign;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.toJdk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict auth: only requests signed with a required key, within five minutes, reach the API. */
class StrictAuthTest {
    private static final String ACCESS_KEY = "AKIDSTRICTAUTH";
    private static final String SECRET_KEY = "strict-secret-key";
    private static final String PAYLOAD = "{\"order\":42}";

    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension(EmulatorSettings.builder()
            .strictAuth(ACCESS_KEY, SECRET_KEY)
            .handler("echo.handler", (event, context) -> event)
            .build());
    static LambdaClient signed;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A request to Invoke {@code echo}, signed properly, then forged one way. */
    enum Forgery {
        UNSIGNED(403, "UnrecognizedClientException"),
        UNKNOWN_ACCESS_KEY(403, "UnrecognizedClientException"),
        WRONG_SECRET_KEY(403, "InvalidSignatureException"),
        TAMPERED_BODY(403, "InvalidSignatureException"),
        TAMPERED_PATH(403, "InvalidSignatureException"),
        TAMPERED_SIGNED_HEADER(403, "InvalidSignatureException"),
        TAMPERED_QUERY(403, "InvalidSignatureException"),
        SIGNED_ELEVEN_MINUTES_AGO(403, "InvalidSignatureException"),
        SIGNED_TEN_MINUTES_AHEAD(403, "InvalidSignatureException"),
        NOT_SIGV4(403, "InvalidSignatureException"),
        NONE(200, null);

        final int status;
        final String errorType;

        Forgery(int status, String errorType) {
            this.status = status;
            this.errorType = errorType;
        }
    }

    @BeforeAll
    static void connect() {
        signed = client(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @AfterAll
    static void disconnect() {
        signed.close();
    }

    @BeforeEach
    void createEcho() {
        lambda.emulator().reset();
        signed.createFunction(scriptFunction("echo", "echo.handler").build());
        signed.publishVersion(r -> r.functionName("echo"));
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void forgedRequestsAreRefusedWithTheirAwsErrorAndChangeNothing(Forgery forgery) throws Exception {
        HttpResponse<String> response = send(forgery);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(forgery.status);
        if (forgery.errorType != null) {
            assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue(forgery.errorType);
            assertThat(response.body()).doesNotContain(SECRET_KEY);
            assertThat(lambda.emulator().invocationCount("echo")).isZero();
            assertThat(lambda.emulator().invocationCount("other")).isZero();
        } else {
            assertThat(response.body()).isEqualTo(PAYLOAD);
            assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(1);
        }
    }

    @Test
    void forgedDeletesLeaveTheFunctionInPlace() throws Exception {
        HttpRequest unsigned = HttpRequest.newBuilder(lambda.emulator().endpoint().resolve("/2015-03-31/functions/echo"))
                .DELETE().build();
        SdkHttpFullRequest delete = request(SdkHttpMethod.DELETE, "/2015-03-31/functions/echo", Map.of());
        HttpRequest wrongKey = toJdk(sign(delete, "", "someone-else", "not-the-secret", Instant.now()), "");

        assertThat(HTTP.send(unsigned, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(HTTP.send(wrongKey, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(signed.getFunction(r -> r.functionName("echo")).configuration().functionName()).isEqualTo("echo");
    }

    @Test
    void theSdkSignsEveryKindOfRequestAcceptablyAlsoWithASessionToken() {
        try (LambdaClient withToken = client(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, "session-token"))) {
            String arn = withToken.getFunction(r -> r.functionName("echo")).configuration().functionArn();
            assertThat(withToken.getFunction(r -> r.functionName(arn).qualifier("1")).configuration().version())
                    .isEqualTo("1");
            assertThat(withToken.listFunctions(r -> r.maxItems(5)).functions()).hasSize(1);
            assertThat(withToken.invoke(r -> r.functionName(arn + ":1").payload(SdkBytes.fromUtf8String(PAYLOAD)))
                    .payload().asUtf8String()).isEqualTo(PAYLOAD);
            withToken.deleteFunction(r -> r.functionName("echo"));
        }
        assertThatThrownBy(() -> signed.getFunction(r -> r.functionName("echo")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void anIamFunctionUrlTakesOnlySignaturesOfTheRequiredKeysAndAnOpenOneTakesAnyRequest() throws Exception {
        String iamUrl = signed.createFunctionUrlConfig(r -> r.functionName("echo").authType("AWS_IAM")).functionUrl();
        signed.createAlias(r -> r.functionName("echo").name("open").functionVersion("1"));
        String openUrl = signed.createFunctionUrlConfig(r -> r.functionName("echo").qualifier("open").authType("NONE"))
                .functionUrl();
        SdkHttpFullRequest call = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST)
                .uri(java.net.URI.create(iamUrl)).putHeader("Content-Type", "application/json").build();

        HttpResponse<String> byRequiredKey = HTTP.send(toJdk(sign(call, PAYLOAD, ACCESS_KEY, SECRET_KEY, Instant.now()),
                PAYLOAD), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> byOtherKey = HTTP.send(toJdk(sign(call, PAYLOAD, "AKIDOTHER", "other-secret",
                Instant.now()), PAYLOAD), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unsignedToOpenUrl = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(openUrl))
                .POST(HttpRequest.BodyPublishers.ofString(PAYLOAD)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(byRequiredKey.statusCode()).isEqualTo(200);
        assertThat(byOtherKey.statusCode()).isEqualTo(403);
        assertThat(byOtherKey.body()).isEqualTo("{\"Message\":\"Forbidden\"}");
        assertThat(unsignedToOpenUrl.statusCode()).isEqualTo(200);
    }

    @Test
    void theEmulatorsOwnPathsStayOpenToUnsignedRequests() throws Exception {
        HttpResponse<String> faults = HTTP.send(HttpRequest.newBuilder(
                lambda.emulator().endpoint().resolve("/_emulator/faults")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> listFunctions = HTTP.send(HttpRequest.newBuilder(
                lambda.emulator().endpoint().resolve("/2015-03-31/functions")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(faults.statusCode()).isEqualTo(200);
        assertThat(listFunctions.statusCode()).isEqualTo(403);
    }

    @Test
    void theSdkWithAnotherKeyIsRefusedAsUnrecognized() {
        try (LambdaClient stranger = client(AwsBasicCredentials.create("AKIDSTRANGER", SECRET_KEY))) {
            assertThatThrownBy(() -> stranger.deleteFunction(r -> r.functionName("echo")))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                    });
        }
        assertThat(signed.getFunction(r -> r.functionName("echo")).configuration().functionName()).isEqualTo("echo");
    }

    private HttpResponse<String> send(Forgery forgery) throws Exception {
        String path = "/2015-03-31/functions/echo/invocations";
        Map<String, List<String>> query = Map.of("Qualifier", List.of("1"));
        SdkHttpFullRequest invoke = request(SdkHttpMethod.POST, path, query).toBuilder()
                .putHeader("X-Amz-Invocation-Type", "RequestResponse").build();
        Instant now = Instant.now();
        SdkHttpFullRequest forged = switch (forgery) {
            case UNSIGNED -> invoke;
            case UNKNOWN_ACCESS_KEY -> sign(invoke, PAYLOAD, "AKIDUNKNOWN", SECRET_KEY, now);
            case WRONG_SECRET_KEY -> sign(invoke, PAYLOAD, ACCESS_KEY, "not-the-secret", now);
            case SIGNED_ELEVEN_MINUTES_AGO -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now.minusSeconds(660));
            case SIGNED_TEN_MINUTES_AHEAD -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now.plusSeconds(600));
            case TAMPERED_PATH -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now).toBuilder()
                    .encodedPath("/2015-03-31/functions/other/invocations").build();
            case TAMPERED_SIGNED_HEADER -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now).toBuilder()
                    .putHeader("X-Amz-Invocation-Type", "Event").build();
            case TAMPERED_QUERY -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now).toBuilder()
                    .putRawQueryParameter("Qualifier", "$LATEST").build();
            case NOT_SIGV4 -> invoke.toBuilder().putHeader("Authorization", "Basic " + ACCESS_KEY).build();
            case TAMPERED_BODY, NONE -> sign(invoke, PAYLOAD, ACCESS_KEY, SECRET_KEY, now);
        };
        String body = forgery == Forgery.TAMPERED_BODY ? "{\"order\":43}" : PAYLOAD;
        return HTTP.send(toJdk(forged, body), HttpResponse.BodyHandlers.ofString());
    }

    private static SdkHttpFullRequest request(SdkHttpMethod method, String path, Map<String, List<String>> query) {
        return SdkHttpFullRequest.builder()
                .method(method)
                .uri(lambda.emulator().endpoint())
                .encodedPath(path)
                .rawQueryParameters(query)
                .putHeader("Content-Type", "application/json")
                .build();
    }

    private static LambdaClient client(software.amazon.awssdk.auth.credentials.AwsCredentials credentials) {
        return LambdaClient.builder()
                .endpointOverride(lambda.emulator().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(20)))
                .build();
    }
}
