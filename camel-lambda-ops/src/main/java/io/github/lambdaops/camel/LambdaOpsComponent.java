package io.github.lambdaops.camel;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/** Creates {@code lambda-ops:} endpoints, each with its own copy of the component's configuration. */
@Component("lambda-ops")
public class LambdaOpsComponent extends DefaultComponent {

    @Metadata
    private LambdaOpsConfiguration configuration = new LambdaOpsConfiguration();

    private SdkEventLoopGroup eventLoops;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Object operation = parameters.get("operation");
        if (operation instanceof String) {
            // fail here, naming the valid operations, rather than with a bare enum conversion error
            parameters.put("operation", LambdaOpsOperations.fromName((String) operation, "URI option operation"));
        }
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

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (eventLoops != null) {
                // endpoints have stopped and closed their clients: nothing is left to wait a quiet period for
                eventLoops.eventLoopGroup().shutdownGracefully(0, 10, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
                eventLoops = null;
            }
        }
        super.doStop();
    }

    public LambdaOpsConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint of this component starts from. */
    public void setConfiguration(LambdaOpsConfiguration configuration) {
        this.configuration = configuration;
    }
}
