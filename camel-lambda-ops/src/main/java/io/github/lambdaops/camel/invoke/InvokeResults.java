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
        setHeader(message, LambdaOpsConstants.STATUS_CODE, response.statusCode());
        setHeader(message, LambdaOpsConstants.EXECUTED_VERSION, response.executedVersion());
        setHeader(message, LambdaOpsConstants.FUNCTION_ERROR, response.functionError());
        setHeader(message, LambdaOpsConstants.LOG_RESULT, decodeLog(response.logResult()));
    }

    /**
     * Sets an output header, or removes it when the answer has no such value: a message that went through an earlier
     * invoke must not keep that call's FunctionError or log.
     */
    static void setHeader(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        } else {
            message.removeHeader(name);
        }
    }

    /** The log tail of an answer, base64 in the API, as text. */
    static String decodeLog(String logResult) {
        return logResult == null ? null : new String(Base64.getDecoder().decode(logResult), StandardCharsets.UTF_8);
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
