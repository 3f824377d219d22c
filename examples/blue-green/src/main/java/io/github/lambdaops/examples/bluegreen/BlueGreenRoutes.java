package io.github.lambdaops.examples.bluegreen;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;

/**
 * A blue-green release with a canary phase: publish the blue release as a version behind the alias {@code live},
 * publish the green release as the next version, send 10% of {@code live}'s invokes to it, then all of them, and
 * delete the function. Clients only ever invoke {@code live}.
 */
public class BlueGreenRoutes extends RouteBuilder {

    static final String FUNCTION = "camel-blue-green";
    static final String ALIAS = "live";
    /** At a 10% weight, the chance that green answers none of 200 invokes is 0.9^200, about 1e-9. */
    static final int CANARY_INVOKES = 200;
    static final int PROMOTED_INVOKES = 50;

    private static final String BLUE_VERSION = "blueVersion";
    private static final String GREEN_VERSION = "greenVersion";
    private static final String INVOKES = "invokes";
    private static final String TALLY = "tally";

    private final String roleArn;

    public BlueGreenRoutes(String roleArn) {
        this.roleArn = roleArn;
    }

    @Override
    public void configure() {
        from("timer:blue-green?repeatCount=1").routeId("blue-green")
                .setHeader(FUNCTION_NAME, constant(FUNCTION))
                .to("direct:release-blue", "direct:release-green", "direct:canary", "direct:promote", "direct:delete");

        step("release-blue")
                .setHeader(ROLE, constant(roleArn))
                .setHeader(RUNTIME, constant("java21"))
                .setHeader(HANDLER, constant(Release.HANDLER))
                .process(exchange -> exchange.getIn().setBody(Release.zip("blue")))
                .to("lambda-ops:?operation=createFunction&waitUntil=functionActiveV2")
                .log("Deployed ${body.functionArn()} (blue)")
                .to("direct:publish")
                .setProperty(BLUE_VERSION, simple("${body.version()}"))
                .setHeader(NAME, constant(ALIAS))
                .setHeader(FUNCTION_VERSION, exchangeProperty(BLUE_VERSION))
                .to("lambda-ops:?operation=createAlias")
                .log("Alias " + ALIAS + " -> version ${body.functionVersion()}");

        step("release-green")
                .process(exchange -> exchange.getIn().setBody(Release.zip("green")))
                .to("lambda-ops:?operation=updateFunctionCode&waitUntil=functionUpdatedV2")
                .log("Updated the code of ${body.functionName()} (green)")
                .to("direct:publish")
                .setProperty(GREEN_VERSION, simple("${body.version()}"));

        from("direct:publish").routeId("publish")
                .to("lambda-ops:?operation=publishVersion&waitUntil=publishedVersionActive")
                .log("Published version ${body.version()}");

        step("canary")
                .setHeader(NAME, constant(ALIAS))
                .setHeader(FUNCTION_VERSION, exchangeProperty(BLUE_VERSION))
                .setHeader(ADDITIONAL_VERSION_WEIGHTS, simple("${exchangeProperty." + GREEN_VERSION + "}=0.1"))
                .to("lambda-ops:?operation=updateAlias")
                .log("Alias " + ALIAS + " -> version ${body.functionVersion()}, "
                        + "additional version weights ${body.routingConfig().additionalVersionWeights()}")
                .setProperty(INVOKES, constant(CANARY_INVOKES))
                .to("direct:sample")
                .log("90/10: " + CANARY_INVOKES + " invokes of " + ALIAS + ": ${exchangeProperty." + TALLY + "}");

        step("promote")
                .setHeader(NAME, constant(ALIAS))
                .setHeader(FUNCTION_VERSION, exchangeProperty(GREEN_VERSION))
                // an empty map clears the routing: without it, updateAlias keeps the old weights (as on AWS)
                .setHeader(ADDITIONAL_VERSION_WEIGHTS, constant(Map.of()))
                .to("lambda-ops:?operation=updateAlias")
                .log("Alias " + ALIAS + " -> version ${body.functionVersion()}, no additional version")
                .setProperty(INVOKES, constant(PROMOTED_INVOKES))
                .to("direct:sample")
                .log("100%: " + PROMOTED_INVOKES + " invokes of " + ALIAS + ": ${exchangeProperty." + TALLY + "}");

        step("delete")
                .to("lambda-ops:?operation=deleteFunction")
                .log("Deleted " + FUNCTION);

        step("sample")
                .process(exchange -> exchange.setProperty(TALLY, new AnswerTally()))
                .loop(exchangeProperty(INVOKES))
                    .setBody(constant("{}"))
                    .to("lambda-ops:?operation=invoke&qualifier=" + ALIAS)
                    .convertBodyTo(String.class)
                    .process(BlueGreenRoutes::tally)
                .end();
    }

    /** A step starts from the function's name alone, so no request header of the step before leaks into it. */
    private RouteDefinition step(String name) {
        return from("direct:" + name).routeId(name).removeHeaders("CamelLambdaOps*", FUNCTION_NAME);
    }

    private static void tally(Exchange exchange) {
        exchange.getProperty(TALLY, AnswerTally.class)
                .record(exchange.getIn().getHeader(EXECUTED_VERSION, String.class), exchange.getIn().getBody(String.class));
    }
}
