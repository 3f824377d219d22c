package io.github.lambdaops.camel.springboot;

import java.util.HashMap;
import java.util.Map;

import io.github.lambdaops.emulator.LambdaEmulatorExtension;
import io.github.lambdaops.emulator.faults.Fault;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a Spring Boot application with the actuator, the lambda-ops readiness checks are part of what
 * {@code /actuator/health} answers (read here from the endpoint bean that serves it): UP while the Lambda API answers,
 * DOWN with the AWS error code when it does not.
 */
@SpringBootTest(classes = ActuatorHealthTest.Application.class, properties = {
        "camel.component.lambda-ops.region=us-east-1",
        "camel.component.lambda-ops.override-endpoint=true",
        "camel.component.lambda-ops.access-key=test",
        "camel.component.lambda-ops.secret-key=test",
        "camel.component.lambda-ops.max-attempts=1",
        "camel.health.exposure-level=full",
        "management.endpoint.health.show-details=always",
        "management.endpoint.health.show-components=always" })
class ActuatorHealthTest {

    @RegisterExtension
    static final LambdaEmulatorExtension LAMBDA = new LambdaEmulatorExtension();

    @DynamicPropertySource
    static void lambdaApi(DynamicPropertyRegistry properties) {
        properties.add("camel.component.lambda-ops.uri-endpoint-override", () -> LAMBDA.emulator().endpoint());
    }

    @Autowired
    HealthEndpoint health;

    @Test
    void theLambdaOpsCheckIsInTheActuatorsHealthUpWhileTheApiAnswersAndDownWithTheErrorCodeWhenItFails() {
        assertThat(lambdaOpsCheck()).containsEntry("status", "UP");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        LAMBDA.emulator().faults().forAnyAction().failNext(100, Fault.serviceException());

        Map<String, Object> down = lambdaOpsCheck();
        assertThat(down).containsEntry("status", "DOWN").containsEntry("aws.error.code", "ServiceException");
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        LAMBDA.emulator().faults().clear();
    }

    /**
     * The lambda-ops client check as the actuator's Camel health lists it (with camel.health.exposure-level=full): its
     * state under its id, its details under the id + {@code .data}.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> lambdaOpsCheck() {
        HealthComponent camel = ((CompositeHealth) health.health()).getComponents().get("camelHealth");
        assertThat(camel).as("Camel's health in the actuator").isInstanceOf(Health.class);
        Map<String, Object> details = ((Health) camel).getDetails();
        String id = details.keySet().stream().filter(key -> key.startsWith("lambda-ops-client-") && !key.contains("."))
                .findFirst().orElseThrow(() -> new AssertionError("no lambda-ops check in " + details));
        Map<String, Object> check = new HashMap<>((Map<String, Object>) details.getOrDefault(id + ".data", Map.of()));
        check.put("status", details.get(id));
        return check;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:shout").to("lambda-ops:shout");
                }
            };
        }
    }
}
