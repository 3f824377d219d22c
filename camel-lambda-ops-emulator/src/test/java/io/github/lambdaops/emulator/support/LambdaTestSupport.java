package io.github.lambdaops.emulator.support;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ServiceException;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Clients, deployment packages and waiting, for tests that drive the emulator over HTTP with the AWS SDK. */
public final class LambdaTestSupport {
    public static final String ROLE = "arn:aws:iam::000000000000:role/lambda-role";
    private static final StaticCredentialsProvider TEST_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private LambdaTestSupport() {
    }

    /**
     * Checks that a call failed with AWS's ValidationException (a member that breaks its constraint), which the SDK
     * has no exception class of: {@code .isInstanceOfSatisfying(LambdaException.class, validationError())}.
     */
    public static Consumer<LambdaException> validationError() {
        return e -> org.assertj.core.api.Assertions.assertThat(e.awsErrorDetails().errorCode())
                .isEqualTo("ValidationException");
    }

    /** A plain SDK client for the emulator, region us-east-1, credentials test/test. */
    public static LambdaClient client(LambdaEmulator emulator) {
        return client(emulator, Region.US_EAST_1);
    }

    public static LambdaClient client(LambdaEmulator emulator, Region region) {
        return syncClient(emulator.endpoint(), region, Duration.ofSeconds(30), false);
    }

    /** A plain SDK client for an emulator served elsewhere (another process), like {@link #client(LambdaEmulator)}. */
    public static LambdaClient client(URI endpoint) {
        return syncClient(endpoint, Region.US_EAST_1, Duration.ofSeconds(30), false);
    }

    /** A client that does not retry (the SDK retries 429s and 5xx by default), so tests see every error. */
    public static LambdaClient clientWithoutRetries(LambdaEmulator emulator) {
        return clientWithoutRetries(emulator, Duration.ofSeconds(30));
    }

    /** A client that tries each call once, so that tests see every injected fault, bounded by {@code apiCallTimeout}. */
    public static LambdaClient clientWithoutRetries(LambdaEmulator emulator, Duration apiCallTimeout) {
        return syncClient(emulator.endpoint(), Region.US_EAST_1, apiCallTimeout, true);
    }

    private static LambdaClient syncClient(URI endpoint, Region region, Duration apiCallTimeout,
                                           boolean withoutRetries) {
        return LambdaClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(TEST_CREDENTIALS)
                .httpClient(Apache5HttpClient.builder().maxConnections(64).build())
                .overrideConfiguration(c -> {
                    c.apiCallTimeout(apiCallTimeout);
                    if (withoutRetries) {
                        c.retryStrategy(AwsRetryStrategy.doNotRetry());
                    }
                })
                .build();
    }

    /** An asynchronous SDK client for the emulator (InvokeWithResponseStream needs one), like {@link #client}. */
    public static LambdaAsyncClient asyncClient(LambdaEmulator emulator) {
        return LambdaAsyncClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(TEST_CREDENTIALS)
                .httpClient(NettyNioAsyncHttpClient.builder().build())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /**
     * A small Python function; tests register a handler for {@code handler} so that it runs in this JVM instead (a
     * registered handler wins over the runtime).
     */
    public static CreateFunctionRequest.Builder scriptFunction(String name, String handler) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime("python3.12")
                .role(ROLE)
                .handler(handler)
                .code(FunctionCode.builder().zipFile(zipOf(Map.of("app.py", "def handler(e, c): return e"))).build());
    }

    /** A function of {@code runtime} whose zip holds the given source files (by path in the zip). */
    public static CreateFunctionRequest.Builder sourceFunction(String name, String runtime, String handler,
                                                               Map<String, String> sourceFiles) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime(runtime)
                .role(ROLE)
                .handler(handler)
                .code(FunctionCode.builder().zipFile(zipOf(sourceFiles)).build());
    }

    /** Skips the calling test (or class) where {@code command} is not on the PATH. */
    public static void assumeCommand(String command) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> !directory.isEmpty() && Files.isExecutable(Path.of(directory, command)));
        Assumptions.assumeTrue(found, command + " is not installed");
    }

    /** The log tail of an invoke with {@code LogType.TAIL}, decoded. */
    public static String logTail(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }

    /** A Java 17 function made of the given classes (and their nested classes) at the root of its zip. */
    public static CreateFunctionRequest.Builder javaFunction(String name, String handler, Class<?>... classes) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime("java17")
                .role(ROLE)
                .handler(handler)
                .code(FunctionCode.builder().zipFile(javaZip(classes)).build());
    }

    public static SdkBytes javaZip(Class<?>... classes) {
        return SdkBytes.fromByteArray(zip(classFiles(classes)));
    }

    /** The class files of classes and their nested classes, by their path in a jar, from target/test-classes. */
    public static Map<String, byte[]> classFiles(Class<?>... classes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            Path classFile = classFileOf(type);
            String packagePath = type.getPackageName().replace('.', '/') + "/";
            try (Stream<Path> siblings = Files.list(classFile.getParent())) {
                for (Path file : siblings.toList()) {
                    String fileName = file.getFileName().toString();
                    if (fileName.equals(type.getSimpleName() + ".class")
                            || fileName.startsWith(type.getSimpleName() + "$")) {
                        files.put(packagePath + fileName, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    public static SdkBytes zipOf(Map<String, String> textFiles) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        textFiles.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return SdkBytes.fromByteArray(zip(files));
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Which of {@code calls} GetFunction calls of {@code functionName} failed with a ServiceException, by index. */
    public static List<Integer> failedGetFunctions(LambdaClient client, String functionName, int calls) {
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try {
                client.getFunction(r -> r.functionName(functionName));
            } catch (ServiceException e) {
                failed.add(i);
            }
        }
        return failed;
    }

    /** Retries an assertion until it passes or the time is up, then fails with its last error. */
    public static void eventually(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Signs for service lambda in us-east-1 with the SDK's signer (the emulator verifies with the same one); the date
     * comes from {@code at}.
     */
    public static SdkHttpFullRequest sign(SdkHttpFullRequest request, String body, String accessKey, String secretKey,
                                          Instant at) {
        return (SdkHttpFullRequest) AwsV4HttpSigner.create().sign(r -> r.request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .identity(AwsCredentialsIdentity.create(accessKey, secretKey))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
    }

    /** The signed request as java.net.http sends it (with the Host it computes itself). */
    public static HttpRequest toJdk(SdkHttpFullRequest request, String body) {
        HttpRequest.Builder jdk = HttpRequest.newBuilder(request.getUri())
                .method(request.method().name(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> jdk.header(name, value));
            }
        });
        return jdk.build();
    }

    private static Path classFileOf(Class<?> type) {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
