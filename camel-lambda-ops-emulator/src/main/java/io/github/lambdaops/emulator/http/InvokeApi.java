package io.github.lambdaops.emulator.http;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.github.lambdaops.emulator.async.AsyncInvocations;
import io.github.lambdaops.emulator.runtime.ClientContexts;
import io.github.lambdaops.emulator.runtime.InvocationResult;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.InvokeAsyncResponse;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Invoke (and the old InvokeAsync): runs the function, or queues an Event invocation for {@link AsyncInvocations}. */
final class InvokeApi {
    static final int MAX_SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;
    static final int MAX_ASYNC_PAYLOAD_BYTES = 1024 * 1024;

    private final Stores stores;
    private final InvocationService invocations;
    private final AsyncInvocations events;

    InvokeApi(Stores stores, InvocationService invocations, AsyncInvocations events) {
        this.stores = stores;
        this.invocations = invocations;
        this.events = events;
    }

    CompletionStage<ApiResponse> invoke(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionTarget.Missing.AS_LATEST);
        FunctionVersion version = target.version();
        String invocationType = headerOrDefault(request, "X-Amz-Invocation-Type", "RequestResponse");
        String logType = headerOrDefault(request, "X-Amz-Log-Type", "None");
        Validation.oneOf(invocationType, "invocationType", "Event", "RequestResponse", "DryRun");
        Validation.oneOf(logType, "logType", "None", "Tail");
        boolean async = invocationType.equals("Event");
        requirePayload(request.body(), async ? MAX_ASYNC_PAYLOAD_BYTES : MAX_SYNC_PAYLOAD_BYTES);
        ClientContext clientContext = clientContextOf(request.header("X-Amz-Client-Context"));
        switch (invocationType) {
            case "DryRun":
                return CompletableFuture.completedFuture(ApiResponse.empty(204));
            case "Event":
                return CompletableFuture.completedFuture(ApiResponse.empty(202)
                        .withHeader(ApiResponse.REQUEST_ID, enqueue(target, request.body(), clientContext)));
            default:
                return invocations.invoke(version, target.arn(), request.body(), clientContext)
                        .thenApply(result -> responseOf(result, logType.equals("Tail")));
        }
    }

    /**
     * InvokeWithResponseStream: runs the function like a synchronous Invoke and answers its response as an event
     * stream, each chunk sent as the function produces it ({@link LiveResponseStream}).
     */
    CompletionStage<ApiResponse> invokeWithResponseStream(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionTarget.Missing.AS_LATEST);
        FunctionVersion version = target.version();
        String invocationType = headerOrDefault(request, "X-Amz-Invocation-Type", "RequestResponse");
        String logType = headerOrDefault(request, "X-Amz-Log-Type", "None");
        Validation.oneOf(invocationType, "invocationType", "RequestResponse", "DryRun");
        Validation.oneOf(logType, "logType", "None", "Tail");
        requirePayload(request.body(), MAX_SYNC_PAYLOAD_BYTES);
        ClientContext clientContext = clientContextOf(request.header("X-Amz-Client-Context"));
        if (invocationType.equals("DryRun")) {
            return CompletableFuture.completedFuture(ApiResponse.empty(204));
        }
        LiveResponseStream stream = new LiveResponseStream();
        invocations.invoke(version, target.arn(), request.body(), clientContext, stream)
                .whenComplete((result, error) -> stream.complete(result, logType.equals("Tail")));
        return CompletableFuture.completedFuture(stream.answer(version.version()));
    }

    /** InvokeAsync, deprecated by AWS but still served: an Event invocation answering {@code {"Status": 202}}. */
    CompletionStage<ApiResponse> invokeAsync(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, FunctionTarget.Missing.AS_LATEST);
        requirePayload(request.body(), MAX_ASYNC_PAYLOAD_BYTES);
        return CompletableFuture.completedFuture(ApiResponse.json(202, new InvokeAsyncResponse(202))
                .withHeader(ApiResponse.REQUEST_ID, enqueue(target, request.body(), null)));
    }

    /** Queues an Event invocation, answering its request id (the record of how it ends carries it too). */
    private String enqueue(FunctionTarget target, byte[] payload, ClientContext clientContext) {
        return events.enqueue(target.store(), target.function(), target.qualifier(), payload, clientContext);
    }

    private static ApiResponse responseOf(InvocationResult result, boolean tail) {
        // AWS answers with the invocation's request id, the one its logs and error payloads name
        ApiResponse response = ApiResponse.raw(200, "application/json", result.payload())
                .withHeader("X-Amz-Executed-Version", result.executedVersion())
                .withHeader(ApiResponse.REQUEST_ID, result.requestId());
        if (result.failed()) {
            response = response.withHeader("X-Amz-Function-Error", result.functionError());
        }
        return tail ? response.withHeader("X-Amz-Log-Result", result.logResult()) : response;
    }

    private static void requirePayload(byte[] payload, int maxBytes) {
        if (payload.length > maxBytes) {
            throw ApiException.tooLarge("Request must be smaller than " + maxBytes + " bytes for the InvokeFunction"
                    + " operation");
        }
        Json.requireJsonValue(payload);
    }

    private static ClientContext clientContextOf(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        if (header.length() > 3583) {
            throw ApiException.constraintViolation(header, "clientContext",
                    "Member must have length less than or equal to 3583");
        }
        try {
            return ClientContexts.decode(header);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("Client context must be a valid Base64-encoded JSON object.");
        }
    }

    private static String headerOrDefault(ApiRequest request, String name, String fallback) {
        String value = request.header(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
