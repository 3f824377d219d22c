package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.FunctionStore;

import java.util.List;

import static io.github.lambdaops.emulator.http.Validation.document;

/**
 * Durable executions. The emulator never starts one (it runs no durable functions), so there is none to read,
 * checkpoint, stop or call back: those actions answer ResourceNotFoundException, and listing a function's
 * executions answers an empty list.
 */
final class DurableExecutionsApi {
    private final FunctionStore store;

    DurableExecutionsApi(FunctionStore store) {
        this.store = store;
    }

    /** Get, GetHistory, GetState, Checkpoint and Stop of an execution. */
    ApiResponse execution(ApiRequest request) {
        String arn = Validation.pattern(request.pathParameter("DurableExecutionArn"), "durableExecutionArn",
                "arn:[a-zA-Z0-9-]+:lambda:\\S+", 1024);
        throw ApiException.notFound("Durable execution not found: " + arn);
    }

    /** SendDurableExecutionCallbackSuccess, ...Failure and ...Heartbeat. */
    ApiResponse callback(ApiRequest request) {
        String callbackId = Validation.pattern(request.pathParameter("CallbackId"), "callbackId", "\\S+", 1024);
        throw ApiException.notFound("Callback not found: " + callbackId);
    }

    ApiResponse listDurableExecutionsByFunction(ApiRequest request) {
        FunctionTarget.of(request, store).resolved();
        return ApiResponse.json(200, document("DurableExecutions", List.of()));
    }
}
