package io.github.lambdaops.camel;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.lambdaops.camel.options.OptionValues;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/** Creates {@code lambda-ops:} endpoints, each with its own copy of the component's configuration. */
@Component("lambda-ops")
public class LambdaOpsComponent extends HealthCheckComponent {

    /** The options whose values are an enum, by name. */
    private static final Map<String, Class<? extends Enum>> ENUM_OPTIONS = enumOptions();

    @Metadata
    private LambdaOpsConfiguration configuration = new LambdaOpsConfiguration();

    private SdkEventLoopGroup eventLoops;
    private ExecutorService callThreads;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // fail here, naming the valid values, rather than with a bare enum conversion error
        parameters.replaceAll((option, value) -> ENUM_OPTIONS.containsKey(option) && value instanceof String
                ? OptionValues.parse(ENUM_OPTIONS.get(option), value, "URI option " + option) : value);
        LambdaOpsEndpoint endpoint = new LambdaOpsEndpoint(uri, this, configuration.copy());
        endpoint.setFunctionName(remaining == null || remaining.isBlank() ? null : remaining);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The threads of every client this component builds, started with the first one. */
    synchronized SdkEventLoopGroup eventLoops() {
        if (eventLoops == null) {
            eventLoops = SdkEventLoopGroup.builder().build();
        }
        return eventLoops;
    }

    /**
     * The threads asynchronous calls are prepared on (marshalling, signing: a few hundred µs of CPU that a caller
     * that does not wait, an event loop or a sender of many exchanges, should not spend) and answered on (the SDK
     * completes its futures there, and the exchange goes on there). A few, since neither blocks; when their queue is
     * full the caller does the work itself, which slows a sender down rather than queueing without end.
     */
    synchronized ExecutorService callThreads() {
        if (callThreads == null) {
            ThreadPoolProfile profile = new ThreadPoolProfile("LambdaOpsCalls");
            int threads = Math.max(8, Runtime.getRuntime().availableProcessors());
            profile.setPoolSize(threads);
            profile.setMaxPoolSize(threads);
            profile.setMaxQueueSize(10_000);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns);
            callThreads = getCamelContext().getExecutorServiceManager().newThreadPool(this, "LambdaOpsCalls", profile);
        }
        return callThreads;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (callThreads != null) {
                getCamelContext().getExecutorServiceManager().shutdown(callThreads);
                callThreads = null;
            }
            if (eventLoops != null) {
                // endpoints have stopped and closed their clients: nothing is left to wait a quiet period for
                eventLoops.eventLoopGroup().shutdownGracefully(0, 10, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
                eventLoops = null;
            }
        }
        super.doStop();
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Map<String, Class<? extends Enum>> enumOptions() {
        Map<String, Class<? extends Enum>> options = new HashMap<>();
        for (Field field : LambdaOpsConfiguration.class.getDeclaredFields()) {
            if (field.getType().isEnum()) {
                options.put(field.getName(), (Class<? extends Enum>) field.getType());
            }
        }
        return Map.copyOf(options);
    }

    public LambdaOpsConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint of this component starts from. */
    public void setConfiguration(LambdaOpsConfiguration configuration) {
        this.configuration = configuration;
    }
}
