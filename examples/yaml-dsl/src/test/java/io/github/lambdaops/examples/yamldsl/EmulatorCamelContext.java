package io.github.lambdaops.examples.yamldsl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;

/**
 * What the module's tests share: a started CamelContext whose lambda-ops component talks to the embedded emulator,
 * with a function {@value #FUNCTION} deployed whose handler upper-cases its payload.
 */
final class EmulatorCamelContext {

    static final String FUNCTION = "shout";
    static final String SHOUT_HANDLER = "test.shout";

    private EmulatorCamelContext() {
    }

    static CamelContext start(LambdaEmulator emulator) throws Exception {
        emulator.registerHandler(SHOUT_HANDLER, (event, context) ->
                new String(event, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        CamelContext camel = new DefaultCamelContext();
        LambdaOpsConfiguration lambda = camel.getComponent("lambda-ops", LambdaOpsComponent.class).getConfiguration();
        lambda.setRegion("us-east-1");
        lambda.setOverrideEndpoint(true);
        lambda.setUriEndpointOverride(emulator.endpoint().toString());
        lambda.setAccessKey("test");
        lambda.setSecretKey("test");
        camel.start();
        camel.createProducerTemplate().sendBodyAndHeaders("lambda-ops:" + FUNCTION + "?operation=createFunction", null,
                Map.of(ROLE, "arn:aws:iam::000000000000:role/test", RUNTIME, "java21", HANDLER, SHOUT_HANDLER,
                        S3_BUCKET, "functions", S3_KEY, "shout.zip"));
        return camel;
    }

    /** Adds the routes of a YAML DSL document, as Camel Main or Camel K would load them from a file. */
    static void loadYaml(CamelContext camel, String yaml) throws Exception {
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("test.camel.yaml", yaml));
    }
}
