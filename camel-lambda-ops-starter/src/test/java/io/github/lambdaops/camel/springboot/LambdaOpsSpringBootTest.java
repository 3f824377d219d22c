package io.github.lambdaops.camel.springboot;

import io.github.lambdaops.emulator.LambdaEmulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application whose only Lambda configuration is camel.component.lambda-ops.* properties. */
@SpringBootTest(classes = LambdaOpsSpringBootTest.Application.class, properties = {
        "camel.component.lambda-ops.region=us-east-1",
        "camel.component.lambda-ops.override-endpoint=true",
        "camel.component.lambda-ops.access-key=test",
        "camel.component.lambda-ops.secret-key=test" })
class LambdaOpsSpringBootTest {

    @RegisterExtension
    static final LambdaEmulatorExtension LAMBDA = new LambdaEmulatorExtension();

    @DynamicPropertySource
    static void lambdaApi(DynamicPropertyRegistry properties) {
        properties.add("camel.component.lambda-ops.uri-endpoint-override", () -> LAMBDA.emulator().endpoint());
    }

    @Autowired
    ProducerTemplate template;

    @Test
    void routesDeployAndInvokeAFunctionOnTheApiTheApplicationPropertiesName() {
        StarterTestSupport.registerUpperCase(LAMBDA.emulator());

        template.sendBody("direct:deploy", null);
        String reply = template.requestBody("direct:shout", "\"hello from spring boot\"", String.class);

        assertThat(reply).isEqualTo("\"HELLO FROM SPRING BOOT\"");
        assertThat(LAMBDA.emulator().invocationCount("shout")).isEqualTo(1);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:deploy")
                            .setHeader(ROLE, constant("arn:aws:iam::000000000000:role/test"))
                            .setHeader(RUNTIME, constant("java21"))
                            .setHeader(HANDLER, constant(StarterTestSupport.UPPER_CASE_HANDLER))
                            .setHeader(S3_BUCKET, constant("functions"))
                            .setHeader(S3_KEY, constant("shout.zip"))
                            .to("lambda-ops:shout?operation=createFunction");
                    from("direct:shout")
                            .to("lambda-ops:shout")
                            .convertBodyTo(String.class);
                }
            };
        }
    }
}
