package io.github.lambdaops.examples.yamldsl.function;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The Lambda function the example deploys: {@code {"name": "YAML"}} in, {@code {"greeting": "Hello, YAML!"}} out. */
public class GreetingHandler implements RequestHandler<Map<String, String>, Map<String, String>> {

    @Override
    public Map<String, String> handleRequest(Map<String, String> event, Context context) {
        String name = event.getOrDefault("name", "world");
        context.getLogger().log("greeting " + name);
        return Map.of("greeting", "Hello, " + name + "!");
    }
}
