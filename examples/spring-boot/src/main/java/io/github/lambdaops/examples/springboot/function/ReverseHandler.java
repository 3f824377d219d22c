package io.github.lambdaops.examples.springboot.function;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The Lambda function the example deploys: {@code {"text": "abc"}} in, {@code {"reversed": "cba"}} out. */
public class ReverseHandler implements RequestHandler<Map<String, String>, Map<String, String>> {

    @Override
    public Map<String, String> handleRequest(Map<String, String> event, Context context) {
        String text = event.getOrDefault("text", "");
        context.getLogger().log("reversing " + text.length() + " characters");
        return Map.of("reversed", new StringBuilder(text).reverse().toString());
    }
}
