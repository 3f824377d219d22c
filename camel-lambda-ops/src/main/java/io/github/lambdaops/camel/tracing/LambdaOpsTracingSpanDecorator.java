package io.github.lambdaops.camel.tracing;

import io.github.lambdaops.camel.LambdaOpsComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.decorators.AbstractSpanDecorator;

/**
 * The span of a lambda-ops call for camel-tracing's tracers (camel-opentelemetry, camel-observation), which find it
 * through {@code META-INF/services}; see {@link LambdaSpanTags} for what it says.
 */
public class LambdaOpsTracingSpanDecorator extends AbstractSpanDecorator {

    @Override
    public String getComponent() {
        return "lambda-ops";
    }

    @Override
    public String getComponentClassName() {
        return LambdaOpsComponent.class.getName();
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        return LambdaSpanTags.spanName(exchange, endpoint);
    }

    @Override
    public void pre(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        super.pre(span, exchange, endpoint);
        LambdaSpanTags.beforeCall(exchange, endpoint).forEach(span::setTag);
    }

    @Override
    public void post(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        super.post(span, exchange, endpoint);
        LambdaSpanTags.afterCall(exchange).forEach(span::setTag);
        if (LambdaSpanTags.functionFailed(exchange)) {
            span.setError(true);
        }
    }
}
