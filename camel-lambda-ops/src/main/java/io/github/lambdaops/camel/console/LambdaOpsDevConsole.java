package io.github.lambdaops.camel.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.LambdaOpsEndpoint;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonObject;

/**
 * Camel's developer console for lambda-ops ({@code camel get lambda-ops}, the console HTTP endpoint): each endpoint's
 * operation, function, region, address and transport, and what its calls came to.
 */
@DevConsole(name = "lambda-ops", displayName = "AWS Lambda Ops", description = "lambda-ops endpoints and their calls")
public class LambdaOpsDevConsole extends AbstractDevConsole {

    public LambdaOpsDevConsole() {
        super("camel", "lambda-ops", "AWS Lambda Ops", "lambda-ops endpoints and their calls");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (LambdaOpsEndpoint endpoint : endpoints()) {
            Map<String, Object> row = describe(endpoint);
            text.append(String.format("%n    %s%n", row.get("uri")));
            row.forEach((key, value) -> {
                if (!"uri".equals(key) && value != null) {
                    text.append(String.format("        %s: %s%n", key, value));
                }
            });
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonArray rows = new JsonArray();
        endpoints().forEach(endpoint -> rows.add(new JsonObject(describe(endpoint))));
        JsonObject root = new JsonObject();
        root.put("endpoints", rows);
        return root;
    }

    private List<LambdaOpsEndpoint> endpoints() {
        return getCamelContext().getEndpoints().stream().filter(LambdaOpsEndpoint.class::isInstance)
                .map(LambdaOpsEndpoint.class::cast).collect(Collectors.toList());
    }

    private static Map<String, Object> describe(LambdaOpsEndpoint endpoint) {
        CallStatistics statistics = endpoint.statistics();
        JsonObject row = new JsonObject();
        row.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
        row.put("operation", endpoint.getConfiguration().getOperation().name());
        row.put("function", endpoint.getFunctionName());
        row.put("region", endpoint.getServiceMetadata() == null ? null : endpoint.getServiceMetadata().get("region"));
        row.put("endpointOverride", endpoint.getConfiguration().isOverrideEndpoint()
                ? endpoint.getConfiguration().getUriEndpointOverride() : null);
        row.put("serviceUrl", endpoint.getServiceUrl());
        row.put("transport", endpoint.transport());
        row.put("calls", statistics.calls());
        row.put("awsErrors", statistics.awsErrors());
        row.put("functionErrors", statistics.functionErrors());
        CallStatistics.LastError last = statistics.lastError();
        if (last != null) {
            JsonObject error = new JsonObject();
            error.put("at", last.at().toString());
            error.put("kind", last.kind());
            error.put("type", last.type());
            error.put("message", last.message());
            row.put("lastError", error);
        }
        return row;
    }
}
