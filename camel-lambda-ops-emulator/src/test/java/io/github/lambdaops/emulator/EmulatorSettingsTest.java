package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.faults.Fault;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.clientWithoutRetries;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.failedGetFunctions;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each setting of {@link EmulatorSettings} does to the emulator it starts. */
class EmulatorSettingsTest {
    private static final String ACCOUNT = "123456789012";

    @Test
    void theAccountIdIsInEveryArnAndTheRegionIsThatOfUnsignedRequests() throws Exception {
        EmulatorSettings settings = EmulatorSettings.builder().region("eu-west-1").accountId(ACCOUNT).build();
        try (LambdaEmulator emulator = LambdaEmulator.start(settings);
             LambdaClient inEurope = client(emulator, Region.EU_WEST_1);
             LambdaClient inVirginia = client(emulator, Region.US_EAST_1)) {
            String europeanArn = inEurope.createFunction(scriptFunction("here", "any.handler").build()).functionArn();
            String virginianArn = inVirginia.createFunction(scriptFunction("there", "any.handler").build()).functionArn();

            assertThat(europeanArn).isEqualTo("arn:aws:lambda:eu-west-1:" + ACCOUNT + ":function:here");
            assertThat(virginianArn).isEqualTo("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:there");
            assertThat(unsignedGet(emulator, "/2015-03-31/functions/here").body()).contains(europeanArn);
            assertThat(unsignedGet(emulator, "/2015-03-31/functions/there").statusCode()).isEqualTo(404);
            assertThat(emulator.region()).isEqualTo("eu-west-1");
            assertThat(emulator.accountId()).isEqualTo(ACCOUNT);
        }
    }

    @Test
    void theBindAddressOfEveryInterfaceIsReachedThroughTheLoopbackEndpoint() throws Exception {
        try (LambdaEmulator emulator = LambdaEmulator.start(EmulatorSettings.builder().bindAddress("0.0.0.0").build())) {
            assertThat(emulator.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(unsignedGet(emulator, "/2015-03-31/functions").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void oneIoThreadServesEveryConnectionWhereTheDefaultSpreadsThemOverSeveral() throws Exception {
        assertThat(workerThreadsServing(4, EmulatorSettings.builder().ioThreads(1).build())).hasSize(1);
        // Netty's default is twice the processors, at least 2, and connections go to its threads round-robin
        assertThat(workerThreadsServing(4, EmulatorSettings.defaults())).hasSizeGreaterThan(1);
    }

    @Test
    void handlersOfTheSettingsRunFromTheStart() {
        EmulatorSettings settings = EmulatorSettings.builder()
                .handler("settings.echo", (event, context) -> event).build();
        try (LambdaEmulator emulator = LambdaEmulator.start(settings); LambdaClient client = client(emulator)) {
            client.createFunction(scriptFunction("echo", "settings.echo").build());

            assertThat(client.invoke(r -> r.functionName("echo")
                    .payload(SdkBytes.fromUtf8String("{\"n\":1}"))).payload().asUtf8String())
                    .isEqualTo("{\"n\":1}");
        }
    }

    @Test
    void fractionRulesWithoutASeedDrawWithTheFaultSeedOfTheSettings() {
        try (LambdaEmulator emulator = LambdaEmulator.start(EmulatorSettings.builder().faultSeed(7).build());
             LambdaClient client = clientWithoutRetries(emulator)) {
            client.createFunction(scriptFunction("echo", "any.handler").build());

            emulator.faults().forAction("GetFunction").failFraction(0.3, Fault.serviceException());
            List<Integer> withTheSettingsSeed = failedGetFunctions(client, "echo", 40);
            emulator.faults().clear();
            emulator.faults().forAction("GetFunction").failFraction(0.3, 7, Fault.serviceException());
            List<Integer> withSevenGiven = failedGetFunctions(client, "echo", 40);

            assertThat(withTheSettingsSeed).isNotEmpty().hasSizeLessThan(40).isEqualTo(withSevenGiven);
        }
    }

    @Test
    void settingsRefuseBadValuesNamingTheSetting() {
        assertThatThrownBy(() -> EmulatorSettings.builder().region("Europe")).hasMessageContaining("region");
        assertThatThrownBy(() -> EmulatorSettings.builder().accountId("12345")).hasMessageContaining("accountId");
        assertThatThrownBy(() -> EmulatorSettings.builder().port(65536)).hasMessageContaining("port");
        assertThatThrownBy(() -> EmulatorSettings.builder().ioThreads(-1)).hasMessageContaining("ioThreads")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> EmulatorSettings.builder().strictAuth("AKID", " ")).hasMessageContaining("secret");
    }

    @Test
    void printedSettingsLeaveSecretKeysOut() {
        EmulatorSettings settings = EmulatorSettings.builder().strictAuth("AKIDPRINTED", "never-printed").build();

        assertThat(settings.toString()).contains("AKIDPRINTED").doesNotContain("never-printed");
    }

    /**
     * The names of the emulator's HTTP worker threads after {@code connections} clients, each on a connection of its
     * own, listed the functions: Netty starts a worker thread when the first connection is given to it.
     */
    private static Set<String> workerThreadsServing(int connections, EmulatorSettings settings) throws Exception {
        Set<String> before = workerThreads();
        try (LambdaEmulator emulator = LambdaEmulator.start(settings)) {
            for (int i = 0; i < connections; i++) {
                HttpClient ownConnection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpResponse<String> listed = ownConnection.send(HttpRequest.newBuilder(
                        emulator.endpoint().resolve("/2015-03-31/functions")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(listed.statusCode()).isEqualTo(200);
            }
            assertThat(emulator.connectionCount()).isEqualTo(connections);
            Set<String> started = workerThreads();
            started.removeAll(before);
            return started;
        }
    }

    /** Live threads of DefaultThreadFactory("lambda-http"), named lambda-http-POOL-N (not lambda-http-accept-...). */
    private static Set<String> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.matches("lambda-http-\\d+-\\d+")).collect(Collectors.toCollection(HashSet::new));
    }

    private static HttpResponse<String> unsignedGet(LambdaEmulator emulator, String path) throws Exception {
        URI uri = emulator.endpoint().resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
