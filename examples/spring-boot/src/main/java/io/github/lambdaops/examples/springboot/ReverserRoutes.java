package io.github.lambdaops.examples.springboot;

import io.github.lambdaops.examples.springboot.function.ReverseHandler;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;

/**
 * When the function's deployment package is there (Maven builds it into target/function), deploy it, invoke it,
 * print its reply and delete it. The lambda-ops endpoints name no connection: application.properties configures the
 * component.
 */
@Component
public class ReverserRoutes extends RouteBuilder {

    static final String FUNCTION = "camel-spring-boot-reverser";

    @Override
    public void configure() {
        from("file:{{example.function-package-dir}}?include=.*\\.jar&noop=true&initialDelay=0").routeId("reverser")
                .setHeader(FUNCTION_NAME, constant(FUNCTION))
                .setHeader(ROLE, simple("{{example.function-role}}"))
                .setHeader(RUNTIME, constant("java21"))
                .setHeader(HANDLER, constant(ReverseHandler.class.getName() + "::handleRequest"))
                // on AWS a new function is Pending for a few seconds: go on once it is Active
                .to("lambda-ops:?operation=createFunction&waitUntil=functionActiveV2")
                .log("Deployed ${body.functionArn()}")
                .setBody(constant("{\"text\":\"Spring Boot\"}"))
                .to("lambda-ops:?operation=invoke")
                .convertBodyTo(String.class)
                .log("Function replied: ${body}")
                .to("lambda-ops:?operation=deleteFunction")
                .log("Deleted " + FUNCTION);
    }
}
