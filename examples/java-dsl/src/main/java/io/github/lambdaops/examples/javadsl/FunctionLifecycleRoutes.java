package io.github.lambdaops.examples.javadsl;

import org.apache.camel.builder.RouteBuilder;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;

/**
 * One pass through a function's life: deploy a Java function, invoke it with JSON, read its configuration, list
 * functions, grant and revoke a permission, delete it. Each step is a plain {@code lambda-ops:} endpoint; the
 * function name travels as a header.
 */
public class FunctionLifecycleRoutes extends RouteBuilder {

    static final String FUNCTION = "camel-word-count";

    private final String roleArn;

    public FunctionLifecycleRoutes(String roleArn) {
        this.roleArn = roleArn;
    }

    @Override
    public void configure() {
        from("timer:lambda-ops-demo?repeatCount=1").routeId("lambda-ops-demo")
                .setHeader(FUNCTION_NAME, constant(FUNCTION))
                .to("direct:deploy", "direct:invoke", "direct:inspect", "direct:grant-and-revoke", "direct:delete");

        from("direct:deploy")
                .setHeader(ROLE, constant(roleArn))
                .setHeader(RUNTIME, constant("java21"))
                .setHeader(HANDLER, constant(WordCountHandler.class.getName() + "::handleRequest"))
                .setHeader(MEMORY_SIZE, constant("256"))
                .setHeader(ENVIRONMENT_VARIABLES, constant("GREETING=hello"))
                .process(exchange -> exchange.getIn().setBody(DeploymentPackage.zipOf(WordCountHandler.class)))
                .to("lambda-ops:?operation=createFunction&waitUntil=functionActiveV2") // Pending on AWS until ready
                .log("Deployed ${body.functionArn()} (${body.codeSize()} bytes of code)");

        from("direct:invoke")
                .setBody(constant("{\"text\":\"the quick brown fox jumps over the lazy dog\"}"))
                .to("lambda-ops:?operation=invoke&logType=Tail")
                .convertBodyTo(String.class)
                .log("Function replied: ${body}")
                .log("Its log ended with: ${header." + LOG_RESULT + "}");

        from("direct:inspect")
                .to("lambda-ops:?operation=getFunctionConfiguration")
                .log("Runtime ${body.runtime()}, memory ${body.memorySize()} MB, state ${body.state()}")
                .to("lambda-ops:?operation=listFunctions")
                .log("The account has ${body.functions().size()} function(s)");

        from("direct:grant-and-revoke")
                .setHeader(STATEMENT_ID, constant("allow-s3"))
                .setHeader(ACTION, constant("lambda:InvokeFunction"))
                .setHeader(PRINCIPAL, constant("s3.amazonaws.com"))
                .to("lambda-ops:?operation=addPermission")
                .log("Granted: ${body.statement()}")
                .to("lambda-ops:?operation=removePermission")
                .log("Revoked allow-s3");

        from("direct:delete")
                .to("lambda-ops:?operation=deleteFunction")
                .log("Deleted " + FUNCTION);
    }
}
