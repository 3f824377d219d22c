package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.ListDurableExecutionsByFunctionResponse;

import java.util.List;

/**
 * Durable executions. The emulator never starts one (it runs no durable functions), so there is none to read,
 * checkpoint, stop or call back: those actions answer ResourceNotFoundException, and listing a function's
 * executions answers an empty list.
 */
final class DurableExecutionsApi {
    private final Stores stores;

    DurableExecutionsApi(Stores stores) {
        this.stores = stores;
    }

    /** Get, GetHistory, GetState, Checkpoint and Stop of an execution. */
    ApiResponse execution(ApiRequest request) {
        String arn = Validation.requiredPattern(request.pathParameter("DurableExecutionArn"), "durableExecutionArn",
                Arns.DURABLE_EXECUTION, 1024);
        throw ApiException.notFound("Durable execution not found: " + arn);
    }

    /** SendDurableExecutionCallbackSuccess, ...Failure and ...Heartbeat. */
    ApiResponse callback(ApiRequest request) {
        String callbackId = Validation.requiredPattern(request.pathParameter("CallbackId"), "callbackId", "\\S+", 1024);
        throw ApiException.notFound("Callback not found: " + callbackId);
    }

    ApiResponse listDurableExecutionsByFunction(ApiRequest request) {
        FunctionTarget.existing(request, stores);
        return ApiResponse.json(200, new ListDurableExecutionsByFunctionResponse(List.of()));
    }
}
