package io.github.lambdaops.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What a route adds to a 1 KB invoke beyond the SDK client, with the transport taken out: the raw client, the
 * lambda-ops route and the camel-aws2-lambda route all call one {@code LambdaClient} whose HTTP client answers in
 * memory ({@link EchoHttpClient}), so each route's figure minus the raw client's is its own cost per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class RouteOverheadBenchmark {
    private static final String LAMBDA_OPS = "direct:lambda-ops";
    private static final String AWS2_LAMBDA = "direct:aws2-lambda";

    private final String payload = new String(Fixture.jsonPayload(1024), StandardCharsets.UTF_8);
    private LambdaClient client;
    private CamelContext camel;
    private ProducerTemplate template;

    @Setup(Level.Trial)
    public void start() throws Exception {
        client = LambdaClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:1"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Fixture.ACCESS_KEY, Fixture.SECRET_KEY)))
                .httpClient(new EchoHttpClient())
                .build();
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("echoClient", client);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(LAMBDA_OPS).to("lambda-ops:" + Fixture.ECHO + "?awsLambdaClient=#echoClient");
                from(AWS2_LAMBDA).to("aws2-lambda:" + Fixture.ECHO
                        + "?operation=invokeFunction&awsLambdaClient=#echoClient");
            }
        });
        camel.start();
        template = Fixture.template(camel);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        template.stop();
        camel.close();
        client.close();
    }

    @Benchmark
    public String rawClient() {
        return client.invoke(r -> r.functionName(Fixture.ECHO).payload(SdkBytes.fromUtf8String(payload)))
                .payload().asUtf8String();
    }

    @Benchmark
    public String lambdaOpsRoute() {
        return template.requestBody(LAMBDA_OPS, payload, String.class);
    }

    @Benchmark
    public String aws2LambdaRoute() {
        return template.requestBody(AWS2_LAMBDA, payload, String.class);
    }
}
