package io.github.lambdaops.camel.functions;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A real Java Lambda function, packaged into a zip by the tests and run by the emulator's java runtime. */
public class GreetingHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        context.getLogger().log("greeting " + event.get("name"));
        return "Hello, " + event.get("name") + "!";
    }
}
