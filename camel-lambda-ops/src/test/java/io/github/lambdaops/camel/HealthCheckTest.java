package io.github.lambdaops.camel;

import java.util.Optional;

import io.github.lambdaops.camel.health.LambdaOpsHealthCheck;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.emulator.EmulatorSettings;
import io.github.lambdaops.emulator.LambdaEmulator;
import io.github.lambdaops.emulator.faults.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each endpoint's client, and each producer, take part in Camel's readiness checks with one authenticated call on the
 * endpoint's own client: UP while the emulator answers, DOWN with the AWS error code and status when it refuses,
 * fails or is gone.
 */
class HealthCheckTest extends EmulatorRouteTestSupport {

    private static final String ECHO_URI = "lambda-ops:echo?maxAttempts=1";
    private static final String LIST_URI = "lambda-ops:?operation=listFunctions&maxAttempts=1";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel runs producer checks only when asked to (camel.health.producersEnabled=true)
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:echo").to(ECHO_URI);
                from("direct:list").to(LIST_URI);
            }
        };
    }

    @Test
    void theClientCheckIsUpWhileTheEmulatorAnswers() {
        HealthCheck.Result result = readiness("lambda-ops-client-", ECHO_URI);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(LambdaOpsHealthCheck.PROBE, "GetAccountSettings");
        assertThat(emulator.faults().injected()).isZero();
    }

    @Test
    void injectedServerErrorsMakeTheClientCheckDownWithTheAwsErrorCodeAndStatus() {
        emulator.faults().forAction("GetAccountSettings").failNext(5, Fault.serviceException());

        HealthCheck.Result result = readiness("lambda-ops-client-", ECHO_URI);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(LambdaOpsHealthCheck.AWS_ERROR_CODE, "ServiceException")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 500).containsKey(LambdaOpsHealthCheck.AWS_REQUEST_ID);
        assertThat(emulator.faults().injected("GetAccountSettings")).isPositive();
    }

    @Test
    void wrongKeysUnderStrictAuthMakeTheCheckDownWithUnrecognizedClient() throws Exception {
        try (LambdaEmulator strict = LambdaEmulator.start(EmulatorSettings.builder()
                .strictAuth("AKIDOTHER", "other-secret").build())) {
            String strictUri = "lambda-ops:f?maxAttempts=1&uriEndpointOverride=" + strict.endpoint();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:strict").to(strictUri);
                }
            });

            HealthCheck.Result result = readiness("lambda-ops-client-", strictUri);

            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry(LambdaOpsHealthCheck.AWS_ERROR_CODE,
                    "UnrecognizedClientException").containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 403);
            assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                    .doesNotContain("test-secret-key"));
        }
    }

    @Test
    void anEmulatorThatIsGoneMakesTheCheckDownWithTheClientsError() throws Exception {
        LambdaEmulator gone = LambdaEmulator.start();
        String address = gone.endpoint().toString();
        gone.close();
        String goneUri = "lambda-ops:f?maxAttempts=1&uriEndpointOverride=" + address;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:gone").to(goneUri);
            }
        });

        HealthCheck.Result result = readiness("lambda-ops-client-", goneUri);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getError()).isPresent();
        assertThat(result.getDetails()).doesNotContainKey(LambdaOpsHealthCheck.AWS_ERROR_CODE)
                .containsEntry(HealthCheck.ENDPOINT_URI, context.getEndpoint(goneUri).getEndpointUri());
    }

    @Test
    void theProducerCheckIsDownUntilTheEndpointsFunctionExists() {
        HealthCheck.Result missing = readiness("lambda-ops-producer-", ECHO_URI);
        assertThat(missing.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(missing.getDetails()).containsEntry(LambdaOpsHealthCheck.PROBE, "GetFunctionConfiguration")
                .containsEntry(LambdaOpsHealthCheck.AWS_ERROR_CODE, "ResourceNotFoundException")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 404);

        createFunction("echo", ECHO);

        assertThat(readiness("lambda-ops-producer-", ECHO_URI).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(readiness("lambda-ops-producer-", LIST_URI).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void checksRunOnTheEndpointsOwnClientAndLeaveItOpen() {
        createFunction("echo", ECHO);
        for (int i = 0; i < 3; i++) {
            assertThat(readiness("lambda-ops-client-", ECHO_URI).getState()).isEqualTo(HealthCheck.State.UP);
        }

        assertThat(template.requestBody("direct:echo", "{\"after\":\"checks\"}", String.class))
                .isEqualTo("{\"after\":\"checks\"}");
    }

    @Test
    void healthCheckProducerEnabledFalseTurnsTheChecksOff() throws Exception {
        context.getComponent("lambda-ops", LambdaOpsComponent.class).setHealthCheckProducerEnabled(false);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:quiet").to("lambda-ops:quiet");
            }
        });

        assertThat(find("lambda-ops-client-", "lambda-ops:quiet")).isEmpty();
        assertThat(find("lambda-ops-producer-", "lambda-ops:quiet")).isEmpty();
        assertThat(find("lambda-ops-client-", ECHO_URI)).isPresent();
    }

    /** The readiness result of the check of the lambda-ops endpoint of this URI (a route's, so it is started). */
    private HealthCheck.Result readiness(String prefix, String uri) {
        String id = find(prefix, uri).orElseThrow(() -> new AssertionError("no check " + prefix + " for " + uri))
                .getId();
        return HealthCheckHelper.invokeReadiness(context, "full").stream().filter(result -> result.getCheck().getId()
                .equals(id)).findFirst().orElseThrow(() -> new AssertionError("check " + id + " did not run"));
    }

    private Optional<HealthCheck> find(String prefix, String uri) {
        String id = prefix + context.getEndpoint(uri, LambdaOpsEndpoint.class).getId();
        HealthCheck inRegistry = HealthCheckHelper.getHealthCheck(context, id);
        if (inRegistry != null) {
            return Optional.of(inRegistry);
        }
        return HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()
                .filter(check -> check.getId().equals(id)).findFirst();
    }
}
