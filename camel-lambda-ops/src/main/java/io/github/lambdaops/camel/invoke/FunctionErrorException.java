package io.github.lambdaops.camel.invoke;

import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * An invoked function failed: Lambda answered 200 with a {@code FunctionError} ({@code Unhandled}, or {@code Handled}
 * from older runtimes) and the function's error document as payload.
 */
public class FunctionErrorException extends RuntimeException {

    private final String functionName;
    private final String functionError;
    private final int statusCode;
    private final String executedVersion;
    private final String payload;
    private final String errorType;
    private final String errorMessage;

    public FunctionErrorException(String functionName, String functionError, int statusCode, String executedVersion,
                                  String payload) {
        this(functionName, functionError, statusCode, executedVersion, payload, errorDocument(payload));
    }

    private FunctionErrorException(String functionName, String functionError, int statusCode, String executedVersion,
                                   String payload, Map<String, JsonNode> document) {
        this(functionName, functionError, statusCode, executedVersion, payload, text(document, "errorType"),
                text(document, "errorMessage"));
    }

    private FunctionErrorException(String functionName, String functionError, int statusCode, String executedVersion,
                                   String payload, String errorType, String errorMessage) {
        super(describe(functionName, functionError, errorType, errorMessage));
        this.functionName = functionName;
        this.functionError = functionError;
        this.statusCode = statusCode;
        this.executedVersion = executedVersion;
        this.payload = payload;
        this.errorType = errorType;
        this.errorMessage = errorMessage;
    }

    /**
     * The failure a streamed invoke reports in its closing InvokeComplete event: {@code ErrorCode} (the error type)
     * and {@code ErrorDetails}, an error document or the bare error message.
     */
    public static FunctionErrorException ofStream(String functionName, String errorCode, int statusCode,
                                                  String executedVersion, String errorDetails) {
        Map<String, JsonNode> document = errorDocument(errorDetails);
        return document.isEmpty()
                ? new FunctionErrorException(functionName, errorCode, statusCode, executedVersion, errorDetails,
                        errorCode, errorDetails)
                : new FunctionErrorException(functionName, errorCode, statusCode, executedVersion, errorDetails,
                        document);
    }

    private static String describe(String functionName, String functionError, String errorType, String errorMessage) {
        StringBuilder text = new StringBuilder("Function ").append(functionName).append(" failed (")
                .append(functionError).append(')');
        Optional.ofNullable(errorType).filter(type -> !type.equals(functionError))
                .ifPresent(type -> text.append(": ").append(type));
        Optional.ofNullable(errorMessage).ifPresent(message -> text.append(": ").append(message));
        return text.toString();
    }

    /** The error document's fields, or none when the payload is not a JSON object (a function may return anything). */
    private static Map<String, JsonNode> errorDocument(String payload) {
        if (payload == null || payload.isBlank()) {
            return Map.of();
        }
        try {
            JsonNode node = JsonNode.parser().parse(payload);
            return node.isObject() ? node.asObject() : Map.of();
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }

    private static String text(Map<String, JsonNode> document, String field) {
        JsonNode value = document.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    public String getFunctionName() {
        return functionName;
    }

    /** {@code Unhandled} or {@code Handled}. */
    public String getFunctionError() {
        return functionError;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getExecutedVersion() {
        return executedVersion;
    }

    /** The function's error document (UTF-8), usually {@code {"errorMessage":..,"errorType":..,"stackTrace":[..]}}. */
    public String getPayload() {
        return payload;
    }

    /** {@code errorType} of the error document, or null when the payload has none. */
    public String getErrorType() {
        return errorType;
    }

    /** {@code errorMessage} of the error document, or null when the payload has none. */
    public String getErrorMessage() {
        return errorMessage;
    }
}
