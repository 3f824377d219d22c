package io.github.lambdaops.camel.tracing;

import io.github.lambdaops.camel.LambdaOpsComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * The span of a lambda-ops call for camel-telemetry's tracers (camel-opentelemetry2 and its siblings), which find it
 * through {@code META-INF/services}; see {@link LambdaSpanTags} for what it says.
 */
public class LambdaOpsSpanDecorator extends AbstractSpanDecorator {

    public static final String EXECUTED_VERSION = LambdaSpanTags.EXECUTED_VERSION;
    public static final String FUNCTION_ERROR = LambdaSpanTags.FUNCTION_ERROR;

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
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        LambdaSpanTags.beforeCall(exchange, endpoint).forEach(span::setTag);
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        LambdaSpanTags.afterCall(exchange).forEach(span::setTag);
        if (LambdaSpanTags.functionFailed(exchange)) {
            span.setError(true);
        }
    }
}
