package io.github.lambdaops.camel.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsConstants;
import io.github.lambdaops.camel.LambdaOpsEndpoint;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * What a lambda-ops call's span says, whichever Camel tracing API asks: its name as AWS SDK instrumentation names
 * spans ({@code Lambda.Invoke}), the OpenTelemetry conventions for an AWS API call and a FaaS invocation, the version
 * that ran and the function's error. Never the payload.
 */
final class LambdaSpanTags {

    /** The version of the function that ran an invoke. */
    static final String EXECUTED_VERSION = "aws.lambda.executed_version";
    /** The FunctionError of an invoke whose function failed: Unhandled, Handled. */
    static final String FUNCTION_ERROR = "aws.lambda.function_error";

    private LambdaSpanTags() {
    }

    static String spanName(Exchange exchange, Endpoint endpoint) {
        return "Lambda." + action(exchange, endpoint);
    }

    /** The tags known before the call: the action, the function and its region. */
    static Map<String, String> beforeCall(Exchange exchange, Endpoint endpoint) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("rpc.system", "aws-api");
        tags.put("rpc.service", "Lambda");
        tags.put("rpc.method", action(exchange, endpoint));
        String function = exchange.getMessage().getHeader(LambdaOpsConstants.FUNCTION_NAME, String.class);
        if (function == null && endpoint instanceof LambdaOpsEndpoint) {
            function = ((LambdaOpsEndpoint) endpoint).getFunctionName();
        }
        if (function != null) {
            tags.put("faas.invoked_name", function);
            tags.put("faas.invoked_provider", "aws");
        }
        if (endpoint instanceof LambdaOpsEndpoint && ((LambdaOpsEndpoint) endpoint).getServiceMetadata() != null) {
            tags.put("faas.invoked_region", ((LambdaOpsEndpoint) endpoint).getServiceMetadata().get("region"));
        }
        return tags;
    }

    /** The tags the answer adds: the version that ran and the function's error. */
    static Map<String, String> afterCall(Exchange exchange) {
        Map<String, String> tags = new LinkedHashMap<>();
        String version = exchange.getMessage().getHeader(LambdaOpsConstants.EXECUTED_VERSION, String.class);
        if (version != null) {
            tags.put(EXECUTED_VERSION, version);
        }
        String functionError = exchange.getMessage().getHeader(LambdaOpsConstants.FUNCTION_ERROR, String.class);
        if (functionError != null) {
            tags.put(FUNCTION_ERROR, functionError);
        }
        return tags;
    }

    static boolean functionFailed(Exchange exchange) {
        return exchange.getMessage().getHeader(LambdaOpsConstants.FUNCTION_ERROR) != null;
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
