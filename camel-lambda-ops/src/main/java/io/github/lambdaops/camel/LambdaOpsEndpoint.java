package io.github.lambdaops.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.binding.RequestBinder;
import io.github.lambdaops.camel.client.LambdaClientFactory;
import io.github.lambdaops.camel.client.Waiters;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.PluginHelper;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

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
    private final List<SdkAutoCloseable> ownedClients = new ArrayList<>();
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
        defaults = Map.copyOf(values);
        // fail at start-up, naming the valid values, rather than with the first message
        if (configuration.getWaitUntil() != null && !configuration.getWaitUntil().isBlank()) {
            Waiters.checkName(configuration.getWaitUntil(), "URI option waitUntil");
        }
        String pagination = configuration.getPagination();
        if (pagination != null && !"page".equalsIgnoreCase(pagination) && !"all".equalsIgnoreCase(pagination)) {
            throw new LambdaOpsParameterException("URI option pagination expects page or all, got '" + pagination
                    + "'");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        LambdaClient sync = configuration.getAwsLambdaClient();
        LambdaAsyncClient async = configuration.getAwsLambdaAsyncClient();
        if (sync == null && async == null) {
            LambdaOpsTransport transport = configuration.getTransport();
            try {
                sync = transport == LambdaOpsTransport.async ? null : own(LambdaClientFactory.createSync(configuration));
                async = transport == LambdaOpsTransport.sync ? null
                        : own(LambdaClientFactory.create(configuration, getComponent().eventLoops(),
                                getComponent().callThreads()));
            } catch (SdkClientException e) {
                closeOwnedClients();
                throw new IllegalStateException("Cannot build the Lambda client of " + this
                        + ": set the region option (or AWS_REGION) and credentials", e);
            }
        }
        ExecutorService callThreads = async == null ? null : getComponent().callThreads();
        caller = sync == null ? LambdaCaller.of(async, callThreads) : async == null ? LambdaCaller.of(sync)
                : LambdaCaller.of(sync, async, callThreads, PluginHelper.getAsyncProcessorAwaitManager(getCamelContext()));
    }

    @Override
    protected void doStop() throws Exception {
        if (caller != null) {
            caller.close();
        }
        closeOwnedClients();
        caller = null;
        super.doStop();
    }

    private <C extends SdkAutoCloseable> C own(C client) {
        ownedClients.add(client);
        return client;
    }

    private void closeOwnedClients() {
        ownedClients.forEach(SdkAutoCloseable::close);
        ownedClients.clear();
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
