package io.github.lambdaops.camel.invoke;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.lambdaops.camel.LambdaOpsConstants;
import org.apache.camel.Message;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** What an invoke's response adds to the message besides the body: its headers, and its failure if it failed. */
public final class InvokeResults {

    private InvokeResults() {
    }

    public static void setHeaders(InvokeResponse response, Message message) {
        message.setHeader(LambdaOpsConstants.STATUS_CODE, response.statusCode());
        message.setHeader(LambdaOpsConstants.EXECUTED_VERSION, response.executedVersion());
        message.setHeader(LambdaOpsConstants.FUNCTION_ERROR, response.functionError());
        message.setHeader(LambdaOpsConstants.LOG_RESULT, response.logResult() == null ? null
                : new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8));
    }

    /** The failure of the function, or null when it succeeded. */
    public static FunctionErrorException failure(InvokeRequest request, InvokeResponse response) {
        if (response.functionError() == null) {
            return null;
        }
        return new FunctionErrorException(request.functionName(), response.functionError(), response.statusCode(),
                response.executedVersion(), InvokeResponseConverters.toString(response));
    }
}
