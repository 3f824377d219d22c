package io.github.lambdaops.camel.tracing;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConstants;
import io.github.lambdaops.camel.LambdaOpsEndpoint;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * Names and tags the span of a lambda-ops call for Camel's tracing (camel-telemetry: camel-opentelemetry2 and its
 * siblings find it through {@code META-INF/services}). The span is named as AWS SDK instrumentation names its spans
 * ({@code Lambda.Invoke}) and carries the OpenTelemetry conventions for an AWS API call and a FaaS invocation, plus the
 * version that ran and the function's error. Never the payload.
 */
public class LambdaOpsSpanDecorator extends AbstractSpanDecorator {

    /** The version of the function that ran an invoke. */
    public static final String EXECUTED_VERSION = "aws.lambda.executed_version";
    /** The FunctionError of an invoke whose function failed: Unhandled, Handled. */
    public static final String FUNCTION_ERROR = "aws.lambda.function_error";

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
        return "Lambda." + action(exchange, endpoint);
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        span.setTag("rpc.system", "aws-api");
        span.setTag("rpc.service", "Lambda");
        span.setTag("rpc.method", action(exchange, endpoint));
        String function = exchange.getMessage().getHeader(LambdaOpsConstants.FUNCTION_NAME, String.class);
        if (function == null && endpoint instanceof LambdaOpsEndpoint) {
            function = ((LambdaOpsEndpoint) endpoint).getFunctionName();
        }
        if (function != null) {
            span.setTag("faas.invoked_name", function);
            span.setTag("faas.invoked_provider", "aws");
        }
        if (endpoint instanceof LambdaOpsEndpoint && ((LambdaOpsEndpoint) endpoint).getServiceMetadata() != null) {
            span.setTag("faas.invoked_region", ((LambdaOpsEndpoint) endpoint).getServiceMetadata().get("region"));
        }
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        String version = exchange.getMessage().getHeader(LambdaOpsConstants.EXECUTED_VERSION, String.class);
        if (version != null) {
            span.setTag(EXECUTED_VERSION, version);
        }
        String functionError = exchange.getMessage().getHeader(LambdaOpsConstants.FUNCTION_ERROR, String.class);
        if (functionError != null) {
            span.setTag(FUNCTION_ERROR, functionError);
            span.setError(true);
        }
    }

    /** The API action in AWS's spelling: {@code Invoke}, {@code CreateFunction}. */
    private static String action(Exchange exchange, Endpoint endpoint) {
        Object header = exchange.getMessage().getHeader(LambdaOpsConstants.OPERATION);
        String operation = header != null ? header.toString()
                : endpoint instanceof LambdaOpsEndpoint
                        ? ((LambdaOpsEndpoint) endpoint).getConfiguration().getOperation().name() : "unknown";
        return Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
    }
}
