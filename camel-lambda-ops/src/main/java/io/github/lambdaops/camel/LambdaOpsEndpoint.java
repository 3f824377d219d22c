package io.github.lambdaops.camel;

import java.util.HashMap;
import java.util.Map;

import io.github.lambdaops.camel.binding.RequestBinder;
import io.github.lambdaops.camel.client.LambdaClientFactory;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;

/**
 * Manage and invoke AWS Lambda functions: every action of the Lambda API, request properties as headers, the SDK
 * response as body.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "lambda-ops", title = "AWS Lambda Ops", syntax = "lambda-ops:functionName",
             producerOnly = true, category = { Category.CLOUD, Category.SERVERLESS },
             headersClass = LambdaOpsConstants.class)
public class LambdaOpsEndpoint extends DefaultEndpoint {

    private static final RequestBinder BINDER = new RequestBinder();

    @UriPath(description = "Name, ARN or partial ARN of the function; none for operations that take no function "
                           + "(listFunctions, ...). The header CamelLambdaOpsFunctionName overrides it.")
    private String functionName;

    @UriParam
    private LambdaOpsConfiguration configuration;

    private LambdaCaller caller;
    private LambdaAsyncClient ownedClient;
    private Map<String, Object> defaults;

    public LambdaOpsEndpoint(String uri, LambdaOpsComponent component, LambdaOpsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new LambdaOpsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("lambda-ops is a producer only; it cannot start a route");
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        Map<String, Object> values = new HashMap<>();
        values.put("FunctionName", functionName);
        values.put("Qualifier", configuration.getQualifier());
        values.put("InvocationType", configuration.getInvocationType());
        values.put("LogType", configuration.getLogType());
        values.values().removeIf(value -> value == null);
        values.replaceAll((member, value) -> value instanceof Enum ? ((Enum<?>) value).name() : value);
        defaults = Map.copyOf(values);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getAwsLambdaClient() != null) {
            caller = LambdaCaller.of(configuration.getAwsLambdaClient());
        } else if (configuration.getAwsLambdaAsyncClient() != null) {
            caller = LambdaCaller.of(configuration.getAwsLambdaAsyncClient());
        } else {
            try {
                ownedClient = LambdaClientFactory.create(configuration, getComponent().eventLoops());
            } catch (SdkClientException e) {
                throw new IllegalStateException("Cannot build the Lambda client of " + this
                        + ": set the region option (or AWS_REGION) and credentials", e);
            }
            caller = LambdaCaller.of(ownedClient);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (caller != null) {
            caller.close();
        }
        if (ownedClient != null) {
            ownedClient.close();
            ownedClient = null;
        }
        caller = null;
        super.doStop();
    }

    @Override
    public LambdaOpsComponent getComponent() {
        return (LambdaOpsComponent) super.getComponent();
    }

    LambdaCaller caller() {
        return caller;
    }

    RequestBinder binder() {
        return BINDER;
    }

    /** The endpoint's values for request members (path and URI options) that headers override. */
    Map<String, Object> defaults() {
        return defaults;
    }

    public String getFunctionName() {
        return functionName;
    }

    public void setFunctionName(String functionName) {
        this.functionName = functionName;
    }

    public LambdaOpsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LambdaOpsConfiguration configuration) {
        this.configuration = configuration;
    }
}
