package io.github.lambdaops.camel;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.lambdaops.camel.binding.RequestBinder;
import io.github.lambdaops.camel.client.LambdaClientFactory;
import io.github.lambdaops.camel.console.CallStatistics;
import io.github.lambdaops.camel.credentials.CredentialsProviders;
import io.github.lambdaops.camel.health.HealthCheckRegistration;
import io.github.lambdaops.camel.health.LambdaOpsHealthCheck;
import io.github.lambdaops.camel.options.Transport;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.URISupport;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaServiceClientConfiguration;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Manage and invoke AWS Lambda functions: every action of the Lambda API, request properties as headers, the SDK
 * response as body.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "lambda-ops", title = "AWS Lambda Ops", syntax = "lambda-ops:functionName",
             producerOnly = true, category = { Category.CLOUD, Category.SERVERLESS },
             headersClass = LambdaOpsConstants.class)
public class LambdaOpsEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final RequestBinder BINDER = new RequestBinder();

    @UriPath(description = "Name, ARN or partial ARN of the function; none for operations that take no function "
                           + "(listFunctions, ...). The header CamelLambdaOpsFunctionName overrides it.")
    private String functionName;

    @UriParam
    private LambdaOpsConfiguration configuration;

    private LambdaCaller caller;
    private final List<SdkAutoCloseable> owned = new ArrayList<>();
    private LambdaServiceClientConfiguration serviceConfiguration;
    private Map<String, Object> defaults;
    private HealthCheckRegistration clientHealthCheck;
    private final CallStatistics statistics = new CallStatistics();

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
        LambdaClient sync = configuration.getAwsLambdaClient();
        LambdaAsyncClient async = configuration.getAwsLambdaAsyncClient();
        if (sync == null && async == null) {
            Transport transport = configuration.getTransport();
            try {
                // one provider for both clients: an assumed role is one session, whichever client calls
                AwsCredentialsProvider credentials = CredentialsProviders.of(configuration);
                if (credentials instanceof SdkAutoCloseable closeable) {
                    own(closeable);
                }
                sync = transport == Transport.async ? null
                        : own(LambdaClientFactory.createSync(configuration, credentials));
                async = transport == Transport.sync ? null
                        : own(LambdaClientFactory.create(configuration, credentials, getComponent().eventLoops(),
                                getComponent().callThreads()));
            } catch (SdkClientException e) {
                closeOwned();
                throw new IllegalStateException("Cannot build the Lambda client of " + this
                        + ": set the region option (or AWS_REGION) and credentials", e);
            }
        }
        serviceConfiguration = sync != null ? sync.serviceClientConfiguration() : async.serviceClientConfiguration();
        ExecutorService callThreads = async == null ? null : getComponent().callThreads();
        caller = sync == null ? LambdaCaller.of(async, callThreads) : async == null ? LambdaCaller.of(sync)
                : LambdaCaller.of(sync, async, callThreads, PluginHelper.getAsyncProcessorAwaitManager(getCamelContext()));
        if (getComponent().isHealthCheckProducerEnabled()) {
            clientHealthCheck = HealthCheckRegistration.inRegistry(getCamelContext(),
                    healthCheck("lambda-ops-client-" + getId(), LambdaOpsOperations.getAccountSettings,
                            GetAccountSettingsRequest.builder().build()));
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (clientHealthCheck != null) {
            clientHealthCheck.close();
            clientHealthCheck = null;
        }
        if (caller != null) {
            caller.close();
        }
        closeOwned();
        caller = null;
        serviceConfiguration = null;
        super.doStop();
    }

    private <C extends SdkAutoCloseable> C own(C client) {
        owned.add(client);
        return client;
    }

    /** Closes what the endpoint built, the clients before the credentials they use. */
    private void closeOwned() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            owned.get(i).close();
        }
        owned.clear();
    }

    /** The endpoint override, else the regional address of the Lambda API (once the client knows its region). */
    @Override
    public String getServiceUrl() {
        LambdaServiceClientConfiguration client = serviceConfiguration;
        if (client != null) {
            return client.endpointOverride().map(URI::toString).orElseGet(() -> client.region() == null ? null
                    : "https://" + ServiceMetadata.of(LambdaAsyncClient.SERVICE_METADATA_ID).endpointFor(client.region()));
        }
        return configuration.isOverrideEndpoint() ? configuration.getUriEndpointOverride() : null;
    }

    @Override
    public String getServiceProtocol() {
        return "lambda";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        LambdaServiceClientConfiguration client = serviceConfiguration;
        String region = client != null && client.region() != null ? client.region().id() : configuration.getRegion();
        return region == null ? null : Map.of("region", region);
    }

    @Override
    public LambdaOpsComponent getComponent() {
        return (LambdaOpsComponent) super.getComponent();
    }

    /**
     * The readiness check of a producer: the endpoint's function answers GetFunctionConfiguration (so a function that
     * does not exist is DOWN), or, when the endpoint names none, the account answers GetAccountSettings.
     */
    LambdaOpsHealthCheck producerHealthCheck() {
        String id = "lambda-ops-producer-" + getId();
        if (functionName == null) {
            return healthCheck(id, LambdaOpsOperations.getAccountSettings, GetAccountSettingsRequest.builder().build());
        }
        return healthCheck(id, LambdaOpsOperations.getFunctionConfiguration, GetFunctionConfigurationRequest.builder()
                .functionName(functionName).qualifier(configuration.getQualifier()).build());
    }

    private LambdaOpsHealthCheck healthCheck(String id, LambdaOpsOperations operation, LambdaRequest request) {
        String name = Character.toUpperCase(operation.name().charAt(0)) + operation.name().substring(1);
        return new LambdaOpsHealthCheck(id, URISupport.sanitizeUri(getEndpointUri()), name,
                () -> caller.call(operation, request));
    }

    /** What this endpoint's calls came to, for its dev console. */
    public CallStatistics statistics() {
        return statistics;
    }

    /** The client the endpoint calls with, in words, for its dev console. */
    public String transport() {
        if (configuration.getAwsLambdaClient() != null) {
            return "LambdaClient of the registry (synchronous)";
        }
        if (configuration.getAwsLambdaAsyncClient() != null) {
            return "LambdaAsyncClient of the registry";
        }
        switch (configuration.getTransport()) {
            case sync:
                return "LambdaClient on Apache 5, built by the endpoint (transport=sync)";
            case async:
                return "LambdaAsyncClient on Netty, built by the endpoint (transport=async)";
            default:
                return "LambdaClient on Apache 5 for threads that wait, LambdaAsyncClient on Netty for the others,"
                        + " built by the endpoint (transport=auto)";
        }
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
