package io.github.lambdaops.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.services.lambda.model.FunctionUrlAuthType;
import software.amazon.awssdk.services.lambda.model.InvokeMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sign;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.toJdk;
import static org.assertj.core.api.Assertions.assertThat;

/** Function URLs served over HTTP: the payload format 2.0 event in, the function's answer mapped back out. */
class FunctionUrlsTest extends EmulatorSdkTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Python function answering the event it got as its JSON body, with a status of the caller's choosing. */
    private static final String PYTHON_ECHO = """
            import json
            def handler(event, context):
                status = int((event.get('queryStringParameters') or {}).get('status', '200'))
                return {'statusCode': status, 'headers': {'X-Echo': 'python'}, 'body': json.dumps(event)}
            """;
    /**
     * Node.js functions streaming their answer: {@code live} sends its prelude and a first chunk, then waits for the
     * file named by the request's body, which the test creates only once that chunk has reached it; {@code plain}
     * streams without a prelude.
     */
    private static final String NODE_STREAMS = """
            const fs = require('fs');
            exports.live = awslambda.streamifyResponse(async (event, responseStream) => {
              const stream = awslambda.HttpResponseStream.from(responseStream,
                { statusCode: 201, headers: { 'X-Answer': '42' }, cookies: ['flavour=live'] });
              stream.write('first chunk;');
              while (!fs.existsSync(event.body)) {
                await new Promise((resolve) => setTimeout(resolve, 20));
              }
              stream.write('second chunk');
              stream.end();
            });
            exports.plain = awslambda.streamifyResponse(async (event, responseStream) => {
              responseStream.setContentType('text/plain');
              responseStream.write('no prelude');
              responseStream.end();
            });
            """;

    @BeforeAll
    static void registerHandlers() {
        lambda.emulator().registerHandler("echo.handler", (event, context) -> event);
        lambda.emulator().registerHandler("answer.handler", (event, context) -> JSON.readTree(event).path("body")
                .asText().getBytes(StandardCharsets.UTF_8));
        lambda.emulator().registerHandler("fail.handler", (event, context) -> {
            throw new IllegalStateException("out of order");
        });
    }

    @Test
    void aGetWithQueryAndCookiesReachesAPythonFunctionAsAPayloadFormat2Event() throws Exception {
        assumeCommand("python3");
        client.createFunction(sourceFunction("py-echo", "python3.12", "app.handler", Map.of("app.py", PYTHON_ECHO))
                .build());
        String url = urlOf("py-echo", FunctionUrlAuthType.NONE);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "orders/42?status=201&tag=a&tag=b"))
                .header("Cookie", "session=abc; theme=dark").header("X-Trace", "one").GET().build(), ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Echo")).hasValue("python");
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.path("version").asText()).isEqualTo("2.0");
        assertThat(event.path("routeKey").asText()).isEqualTo("$default");
        assertThat(event.path("rawPath").asText()).isEqualTo("/orders/42");
        assertThat(event.path("rawQueryString").asText()).isEqualTo("status=201&tag=a&tag=b");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("session=abc", "theme=dark");
        assertThat(event.path("headers").path("x-trace").asText()).isEqualTo("one");
        assertThat(event.path("headers").has("cookie")).isFalse();
        assertThat(event.has("body")).isFalse();
        assertThat(event.path("isBase64Encoded").asBoolean(true)).isFalse();
        JsonNode context = event.path("requestContext");
        String urlId = URI.create(url).getPath().split("/")[2];
        assertThat(context.path("apiId").asText()).isEqualTo(urlId);
        assertThat(context.path("domainName").asText()).isEqualTo(urlId + ".lambda-url.us-east-1.on.aws");
        assertThat(context.path("accountId").asText()).isEqualTo("anonymous");
        assertThat(context.path("stage").asText()).isEqualTo("$default");
        assertThat(context.path("http").path("method").asText()).isEqualTo("GET");
        assertThat(context.path("http").path("path").asText()).isEqualTo("/orders/42");
        assertThat(context.path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(context.path("timeEpoch").asLong()).isPositive();
    }

    @Test
    void aBinaryBodyArrivesBase64EncodedAndATextBodyAsItIs() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String url = urlOf("echo", FunctionUrlAuthType.NONE);
        byte[] binary = {0, 1, 2, (byte) 0xFF};

        JsonNode binaryEvent = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(binary))
                .build(), ofString()).body());
        JsonNode textEvent = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
                ofString()).body());

        assertThat(binaryEvent.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(binaryEvent.path("body").asText())).isEqualTo(binary);
        assertThat(binaryEvent.path("requestContext").path("http").path("method").asText()).isEqualTo("POST");
        assertThat(textEvent.path("isBase64Encoded").asBoolean(true)).isFalse();
        assertThat(textEvent.path("body").asText()).isEqualTo("hello");
    }

    @Test
    void anAnswerWithAStatusCodeGivesTheStatusHeadersCookiesAndDecodedBody() throws Exception {
        client.createFunction(scriptFunction("answer", "answer.handler").build());
        String url = urlOf("answer", FunctionUrlAuthType.NONE);
        String answer = "{\"statusCode\":418,\"headers\":{\"Content-Type\":\"text/plain\",\"X-Kind\":\"teapot\"},"
                + "\"cookies\":[\"a=1\",\"b=2; Path=/\"],\"isBase64Encoded\":true,\"body\":\""
                + Base64.getEncoder().encodeToString("short and stout".getBytes(StandardCharsets.UTF_8)) + "\"}";

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(answer)).build(), ofString());

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(response.headers().firstValue("X-Kind")).hasValue("teapot");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2; Path=/");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.body()).isEqualTo("short and stout");
    }

    @Test
    void anyOtherAnswerIsA200JsonBody() throws Exception {
        client.createFunction(scriptFunction("answer", "answer.handler").build());
        String url = urlOf("answer", FunctionUrlAuthType.NONE);

        HttpResponse<String> list = post(url, "[1,2,{\"statusCode\":500}]");
        HttpResponse<String> object = post(url, "{\"status\":\"fine\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(list.body()).isEqualTo("[1,2,{\"statusCode\":500}]");
        assertThat(object.statusCode()).isEqualTo(200);
        assertThat(object.body()).isEqualTo("{\"status\":\"fine\"}");
    }

    @Test
    void aFunctionErrorAnswers502() throws Exception {
        client.createFunction(scriptFunction("fail", "fail.handler").build());

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(urlOf("fail", FunctionUrlAuthType.NONE)))
                .GET().build(), ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("Internal Server Error");
    }

    @Test
    void anIamUrlRefusesAnUnsignedRequestAndServesASignedOne() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String url = urlOf("echo", FunctionUrlAuthType.AWS_IAM);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url + "x"))
                .putHeader("Content-Type", "application/json").build();

        HttpResponse<String> unsigned = HTTP.send(toJdk(request, "{}"), ofString());
        HttpResponse<String> signed = HTTP.send(toJdk(sign(request, "{}", "AKIDURLCALLER", "secret", Instant.now()),
                "{}"), ofString());
        HttpResponse<String> signedForAnotherService = HTTP.send(toJdk(sign(request, "{}", "AKIDURLCALLER", "secret",
                Instant.now()).toBuilder().putHeader("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDURLCALLER/"
                + "20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=" + "0".repeat(64)).build(),
                "{}"), ofString());

        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).isEqualTo("{\"Message\":\"Forbidden\"}");
        assertThat(signedForAnotherService.statusCode()).isEqualTo(403);
        assertThat(signed.statusCode()).isEqualTo(200);
        JsonNode context = JSON.readTree(signed.body()).path("requestContext");
        assertThat(context.path("authorizer").path("iam").path("accessKey").asText()).isEqualTo("AKIDURLCALLER");
        assertThat(context.path("accountId").asText()).isEqualTo(lambda.emulator().accountId());
    }

    @Test
    void corsSettingsAnswerThePreflightAndMarkTheAnswersToAnAllowedOrigin() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String url = client.createFunctionUrlConfig(r -> r.functionName("echo").authType(FunctionUrlAuthType.NONE)
                .cors(c -> c.allowOrigins("https://shop.example").allowMethods("GET", "POST")
                        .allowHeaders("x-trace").exposeHeaders("x-amzn-RequestId").maxAge(600))).functionUrl();

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST").build(), ofString());
        HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Origin", "https://shop.example").GET().build(), ofString());
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Origin", "https://elsewhere.example").GET().build(), ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("x-trace");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(2);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers")).hasValue("x-amzn-RequestId");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aDeletedUrlConfigOrFunctionAnswersAsAnUnknownUrlDoes() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        client.createFunction(scriptFunction("gone", "echo.handler").build());
        String configDeleted = urlOf("echo", FunctionUrlAuthType.NONE);
        String functionDeleted = urlOf("gone", FunctionUrlAuthType.NONE);
        assertThat(post(configDeleted, "{}").statusCode()).isEqualTo(200);

        client.deleteFunctionUrlConfig(r -> r.functionName("echo"));
        client.deleteFunction(r -> r.functionName("gone"));

        for (String url : new String[] {configDeleted, functionDeleted}) {
            HttpResponse<String> response = post(url, "{}");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"Message\":null}");
            assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        }
    }

    @Test
    void anAliasUrlRunsTheAliasVersion() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        client.publishVersion(r -> r.functionName("echo"));
        client.createAlias(r -> r.functionName("echo").name("live").functionVersion("1"));
        String url = client.createFunctionUrlConfig(r -> r.functionName("echo").qualifier("live")
                .authType(FunctionUrlAuthType.NONE)).functionUrl();

        assertThat(post(url, "{}").statusCode()).isEqualTo(200);

        client.deleteAlias(r -> r.functionName("echo").name("live"));
        assertThat(post(url, "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void aStreamingUrlAnswersInChunksAndAHostNamedUrlIsServedToo() throws Exception {
        client.createFunction(scriptFunction("answer", "answer.handler").build());
        String url = client.createFunctionUrlConfig(r -> r.functionName("answer").authType(FunctionUrlAuthType.NONE)
                .invokeMode(InvokeMode.RESPONSE_STREAM)).functionUrl();
        String urlId = URI.create(url).getPath().split("/")[2];
        String body = "{\"statusCode\":200,\"body\":\"streamed\"}";

        String answer = rawExchange("POST /any/path HTTP/1.1\r\nHost: " + urlId + ".lambda-url.us-east-1.localhost:"
                + lambda.emulator().port() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 200 OK").containsIgnoringCase("transfer-encoding: chunked")
                .endsWith("\r\n\r\n8\r\nstreamed\r\n0\r\n\r\n");
    }

    @Test
    void aStreamingUrlSendsThePreludesStatusHeadersAndCookiesAndTheFirstChunkBeforeTheFunctionReturns(
            @TempDir Path directory) throws Exception {
        assumeCommand("node");
        String url = streamingUrlOf("node-live", "index.live");
        Path signal = directory.resolve("first-chunk-received");

        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(signal.toString()))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream in = response.body()) {
            String first = new String(in.readNBytes("first chunk;".length()), StandardCharsets.UTF_8);
            Files.createFile(signal);
            body = first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Answer")).hasValue("42");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("flavour=live");
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(body).isEqualTo("first chunk;second chunk");
    }

    @Test
    void aStreamingUrlAnswersAStreamWithoutPreludeWith200AndTheFunctionsContentType() throws Exception {
        assumeCommand("node");
        String url = streamingUrlOf("node-plain", "index.plain");

        HttpResponse<String> response = post(url, "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(response.body()).isEqualTo("no prelude");
    }

    @Test
    void aUrlCallBeyondReservedConcurrencyIsThrottledWith429AndNeverRuns() throws Exception {
        client.createFunction(scriptFunction("echo", "echo.handler").build());
        String url = urlOf("echo", FunctionUrlAuthType.NONE);
        client.putFunctionConcurrency(r -> r.functionName("echo").reservedConcurrentExecutions(0));

        HttpResponse<String> throttled = post(url, "{}");
        client.deleteFunctionConcurrency(r -> r.functionName("echo"));
        HttpResponse<String> served = post(url, "{}");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException");
        assertThat(JSON.readTree(throttled.body()).path("Message").asText()).isEqualTo("Rate Exceeded.");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(lambda.emulator().invocationCount("echo")).isEqualTo(1);
    }

    @Test
    void curlGetsTheFunctionsAnswer() throws Exception {
        assumeCommand("curl");
        client.createFunction(scriptFunction("answer", "answer.handler").build());
        String url = urlOf("answer", FunctionUrlAuthType.NONE);

        Process curl = new ProcessBuilder("curl", "-s", "-H", "Content-Type: application/json", "--data",
                "{\"statusCode\":200,\"body\":\"hello from curl\"}", url).redirectErrorStream(true).start();

        assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello from curl");
    }

    private static String urlOf(String function, FunctionUrlAuthType authType) {
        String url = client.createFunctionUrlConfig(r -> r.functionName(function).authType(authType)).functionUrl();
        assertThat(url).isEqualTo(lambda.emulator().endpoint() + "/_url/" + URI.create(url).getPath().split("/")[2] + "/");
        return url;
    }

    private static String streamingUrlOf(String function, String handler) {
        client.createFunction(sourceFunction(function, "nodejs20.x", handler, Map.of("index.js", NODE_STREAMS))
                .timeout(10).build());
        return client.createFunctionUrlConfig(r -> r.functionName(function).authType(FunctionUrlAuthType.NONE)
                .invokeMode(InvokeMode.RESPONSE_STREAM)).functionUrl();
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), ofString());
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }

    /** Sends {@code request} as written and reads the answer until the server closes the connection. */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", lambda.emulator().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
