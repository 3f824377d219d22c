package io.github.lambdaops.emulator.conformance.functions;

import com.amazonaws.services.lambda.runtime.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Java functions of the conformance suite's invocation cases, one handler method per behaviour. */
public class JavaConformanceHandlers {

    public Map<String, Object> echo(Map<String, Object> event, Context context) {
        return event;
    }

    public Object nothing(Map<String, Object> event, Context context) {
        return null;
    }

    public Object fail(Map<String, Object> event, Context context) {
        throw new IllegalStateException("Handler fails");
    }

    public Object sleep(Map<String, Object> event, Context context) throws InterruptedException {
        Thread.sleep(3_000);
        return "woke up";
    }

    public Object log(Map<String, Object> event, Context context) {
        context.getLogger().log("hello from java");
        return "logged";
    }

    public Map<String, Object> context(Map<String, Object> event, Context context) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("functionName", context.getFunctionName());
        answer.put("functionVersion", context.getFunctionVersion());
        answer.put("invokedFunctionArn", context.getInvokedFunctionArn());
        answer.put("memoryLimitInMB", context.getMemoryLimitInMB());
        answer.put("awsRequestId", context.getAwsRequestId());
        answer.put("logGroupName", context.getLogGroupName());
        return answer;
    }

    public String large(Map<String, Object> event, Context context) {
        return "x".repeat(6 * 1024 * 1024 + 100);
    }
}
