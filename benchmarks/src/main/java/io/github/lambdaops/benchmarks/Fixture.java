package io.github.lambdaops.benchmarks;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.emulator.EmulatorSettings;
import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What every benchmark runs against: one embedded emulator with an echo function and one that sleeps 50 ms, and the
 * clients and Camel routes that call it, all configured alike (region, static keys, endpoint override).
 */
public final class Fixture implements AutoCloseable {
    public static final String ECHO = "echo";
    public static final String SLEEPY = "sleep50";
    public static final String ACCESS_KEY = "bench-access-key";
    public static final String SECRET_KEY = "bench-secret-key";

    /** The route through lambda-ops with the default transport (auto). */
    public static final String LAMBDA_OPS_ROUTE = "direct:lambda-ops";
    /** The route through lambda-ops with transport=sync. */
    public static final String LAMBDA_OPS_SYNC_ROUTE = "direct:lambda-ops-sync";
    /** The route through lambda-ops with transport=async. */
    public static final String LAMBDA_OPS_ASYNC_ROUTE = "direct:lambda-ops-async";
    /**
     * The route through camel-aws2-lambda 4.18.0. Its client gets the SDK's default HTTP client, which in this JVM is
     * Apache 5 (the SDK prefers it when lambda-ops has put it on the class path): the same transport as lambda-ops.
     */
    public static final String AWS2_LAMBDA_ROUTE = "direct:aws2-lambda";

    private final LambdaEmulator emulator;
    private final AtomicInteger sleepingNow = new AtomicInteger();
    private final AtomicInteger mostSleepingAtOnce = new AtomicInteger();

    /** The emulator with its default I/O threads (twice the cores): for the benchmarks of many calls at once. */
    public Fixture() {
        this(0);
    }

    /**
     * @param ioThreads the emulator's I/O threads; 1 for benchmarks that compare clients call by call, so that every
     *                  connection is served alike (see {@link EmulatorSettings.Builder#ioThreads(int)})
     */
    public Fixture(int ioThreads) {
        emulator = LambdaEmulator.start(EmulatorSettings.builder().ioThreads(ioThreads).build());
        emulator.registerHandler("bench.echo", (event, context) -> event);
        emulator.registerHandler("bench.sleep50", (event, context) -> {
            mostSleepingAtOnce.accumulateAndGet(sleepingNow.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } finally {
                sleepingNow.decrementAndGet();
            }
            return event;
        });
        try (LambdaClient client = syncClient(16)) {
            for (String name : new String[] {ECHO, SLEEPY}) {
                client.createFunction(r -> r.functionName(name).runtime("python3.12").handler("bench." + name)
                        .role("arn:aws:iam::000000000000:role/bench").timeout(30)
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(placeholderZip()))));
            }
        }
    }

    public LambdaEmulator emulator() {
        return emulator;
    }

    /** The most invocations of the 50 ms function that ran at the same time, since the last call. */
    public int takeMostInFlight() {
        return mostSleepingAtOnce.getAndSet(0);
    }

    /** The raw synchronous client, on the Apache 5 HTTP client (what lambda-ops builds for its synchronous calls). */
    public LambdaClient apache5Client(int maxConnections) {
        return LambdaClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(maxConnections))
                .build();
    }

    /** The raw synchronous client, on the Apache 4 HTTP client (the one camel-aws2-lambda declares). */
    public LambdaClient syncClient(int maxConnections) {
        return LambdaClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(maxConnections))
                .build();
    }

    /** The raw asynchronous client, on the Netty HTTP client. */
    public LambdaAsyncClient asyncClient(int maxConnections) {
        return LambdaAsyncClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(maxConnections))
                .build();
    }

    /** The lambda-ops routes to the function: default transport, sync and async, as {@link #LAMBDA_OPS_ROUTE}... */
    public static RouteBuilder lambdaOpsRoutes(String function, String options) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // a failed call is the caller's to count, not to log
                from(LAMBDA_OPS_ROUTE).to("lambda-ops:" + function + "?" + options);
                from(LAMBDA_OPS_SYNC_ROUTE).to("lambda-ops:" + function + "?transport=sync&" + options);
                from(LAMBDA_OPS_ASYNC_ROUTE).to("lambda-ops:" + function + "?transport=async&" + options);
            }
        };
    }

    /** A started Camel context whose lambda-ops component points at the emulator, with the given routes. */
    public CamelContext camel(RoutesBuilder... routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        LambdaOpsConfiguration configuration = context.getComponent("lambda-ops", LambdaOpsComponent.class)
                .getConfiguration();
        configuration.setRegion("us-east-1");
        configuration.setAccessKey(ACCESS_KEY);
        configuration.setSecretKey(SECRET_KEY);
        configuration.setOverrideEndpoint(true);
        configuration.setUriEndpointOverride(emulator.endpoint().toString());
        for (RoutesBuilder builder : routes) {
            context.addRoutes(builder);
        }
        context.start();
        return context;
    }

    /** The route {@link #AWS2_LAMBDA_ROUTE} to the function through camel-aws2-lambda. */
    public RouteBuilder aws2LambdaRoute(String function) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler()); // as the lambda-ops routes: Camel's default one costs about 1 µs a call
                from(AWS2_LAMBDA_ROUTE).to(aws2LambdaUri(function));
            }
        };
    }

    /** The camel-aws2-lambda endpoint configured like the lambda-ops one. */
    public String aws2LambdaUri(String function) {
        return "aws2-lambda:" + function + "?operation=invokeFunction&region=us-east-1&overrideEndpoint=true"
                + "&uriEndpointOverride=" + emulator.endpoint() + "&accessKey=RAW(" + ACCESS_KEY + ")&secretKey=RAW("
                + SECRET_KEY + ")";
    }

    public static ProducerTemplate template(CamelContext context) {
        ProducerTemplate template = context.createProducerTemplate();
        template.start();
        return template;
    }

    /** A JSON document of exactly {@code bytes} bytes: {@code {"data":"xxx..."}}. */
    public static byte[] jsonPayload(int bytes) {
        byte[] payload = new byte[bytes];
        Arrays.fill(payload, (byte) 'x');
        byte[] head = "{\"data\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, payload, 0, head.length);
        payload[bytes - 2] = '"';
        payload[bytes - 1] = '}';
        return payload;
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private static byte[] placeholderZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("README"));
            zip.write("runs a registered handler".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
