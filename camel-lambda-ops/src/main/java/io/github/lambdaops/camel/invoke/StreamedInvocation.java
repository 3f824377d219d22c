package io.github.lambdaops.camel.invoke;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.github.lambdaops.camel.LambdaOpsConstants;
import org.apache.camel.Message;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamCompleteEvent;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamResponseHandler;

/**
 * A finished InvokeWithResponseStream: the initial response, the payload chunks joined in order, and the closing
 * InvokeComplete event that tells whether the function failed. The whole stream is read before the exchange goes on,
 * so a failure reported at its end can still fail the exchange.
 */
public final class StreamedInvocation {

    private final InvokeWithResponseStreamResponse response;
    private final byte[] payload;
    private final InvokeWithResponseStreamCompleteEvent complete;

    private StreamedInvocation(InvokeWithResponseStreamResponse response, byte[] payload,
                               InvokeWithResponseStreamCompleteEvent complete) {
        this.response = response;
        this.payload = payload;
        this.complete = complete;
    }

    /** Sends the request and reads the event stream through the SDK's response handler. */
    public static CompletableFuture<StreamedInvocation> invoke(LambdaAsyncClient client,
                                                               InvokeWithResponseStreamRequest request) {
        AtomicReference<InvokeWithResponseStreamResponse> response = new AtomicReference<>();
        AtomicReference<InvokeWithResponseStreamCompleteEvent> complete = new AtomicReference<>();
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        InvokeWithResponseStreamResponseHandler handler = InvokeWithResponseStreamResponseHandler.builder()
                .onResponse(response::set)
                .subscriber(InvokeWithResponseStreamResponseHandler.Visitor.builder()
                        .onPayloadChunk(chunk -> chunks.writeBytes(chunk.payload().asByteArrayUnsafe()))
                        .onInvokeComplete(complete::set)
                        .build())
                .build();
        // ByteArrayOutputStream is synchronized: chunks written on the SDK's threads are all seen here
        return client.invokeWithResponseStream(request, handler)
                .thenApply(done -> new StreamedInvocation(response.get(), chunks.toByteArray(), complete.get()));
    }

    public InvokeWithResponseStreamResponse response() {
        return response;
    }

    /** The joined payload chunks as a stream. */
    public InputStream payload() {
        return new ByteArrayInputStream(payload);
    }

    /** The InvokeComplete event, or null when the stream ended without one. */
    public InvokeWithResponseStreamCompleteEvent complete() {
        return complete;
    }

    public void setHeaders(Message message) {
        InvokeResults.setHeader(message, LambdaOpsConstants.STATUS_CODE,
                response == null ? null : response.statusCode());
        InvokeResults.setHeader(message, LambdaOpsConstants.EXECUTED_VERSION,
                response == null ? null : response.executedVersion());
        InvokeResults.setHeader(message, LambdaOpsConstants.FUNCTION_ERROR, functionError());
        InvokeResults.setHeader(message, LambdaOpsConstants.ERROR_DETAILS,
                complete == null ? null : complete.errorDetails());
        InvokeResults.setHeader(message, LambdaOpsConstants.LOG_RESULT,
                complete == null ? null : InvokeResults.decodeLog(complete.logResult()));
    }

    /** The error code of the InvokeComplete event, or null when the function succeeded or the stream ended early. */
    public String functionError() {
        return complete == null ? null : complete.errorCode();
    }

    /** The failure of the function, or null when it succeeded. */
    public FunctionErrorException failure(String functionName) {
        String errorCode = functionError();
        if (errorCode == null) {
            return null;
        }
        return FunctionErrorException.ofStream(functionName, errorCode,
                response == null || response.statusCode() == null ? 200 : response.statusCode(),
                response == null ? null : response.executedVersion(), complete.errorDetails());
    }
}
