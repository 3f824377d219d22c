package io.github.lambdaops.camel.support;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.LambdaOpsConstants;
import io.github.lambdaops.emulator.EmulatorSettings;
import io.github.lambdaops.emulator.LambdaEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Route tests against one embedded emulator over real HTTP. The component is configured the way a user points it at
 * LocalStack: overrideEndpoint, uriEndpointOverride, region and static keys. Handlers registered here run functions
 * created with their name as Handler.
 */
public abstract class EmulatorRouteTestSupport extends CamelTestSupport {

    public static final String ROLE_ARN = "arn:aws:iam::000000000000:role/lambda-role";
    public static final String ECHO = "test.echo";
    public static final String FAIL = "test.fail";
    public static final String LOGGING = "test.logging";

    protected static LambdaEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        startEmulator(EmulatorSettings.builder());
    }

    /** Starts the emulator with these settings and the handlers of this class; a subclass's own @BeforeAll may call it. */
    protected static void startEmulator(EmulatorSettings.Builder settings) {
        emulator = LambdaEmulator.start(settings
                .handler(ECHO, (event, context) -> event)
                .handler(FAIL, (event, context) -> {
                    throw new IllegalStateException("boom: " + new String(event, StandardCharsets.UTF_8));
                })
                .handler(LOGGING, (event, context) -> {
                    context.getLogger().log("handled " + new String(event, StandardCharsets.UTF_8));
                    return "\"logged\"".getBytes(StandardCharsets.UTF_8);
                })
                .build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LambdaOpsConfiguration configuration = context.getComponent("lambda-ops", LambdaOpsComponent.class)
                .getConfiguration();
        configuration.setRegion("us-east-1");
        configuration.setAccessKey("test-access-key");
        configuration.setSecretKey("test-secret-key");
        configuration.setOverrideEndpoint(true);
        configuration.setUriEndpointOverride(emulator.endpoint().toString());
        return context;
    }

    /** Sends to a lambda-ops endpoint and returns the exchange (its exception is not rethrown). */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getIn().setBody(body);
            exchange.getIn().setHeaders(new HashMap<>(headers));
        });
    }

    /** Creates a function that runs a registered handler, through the component; more headers may be given. */
    protected void createFunction(String name, String handler, Object... moreHeaders) {
        Map<String, Object> headers = headers(moreHeaders);
        headers.put(LambdaOpsConstants.ROLE, ROLE_ARN);
        headers.put(LambdaOpsConstants.RUNTIME, "java21");
        headers.put(LambdaOpsConstants.HANDLER, handler);
        Exchange exchange = call("lambda-ops:" + name + "?operation=createFunction", TestZips.placeholder(), headers);
        if (exchange.getException() != null) {
            throw new AssertionError("could not create " + name, exchange.getException());
        }
    }

    protected static Map<String, Object> headers(Object... keysAndValues) {
        Map<String, Object> headers = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            headers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return headers;
    }
}
