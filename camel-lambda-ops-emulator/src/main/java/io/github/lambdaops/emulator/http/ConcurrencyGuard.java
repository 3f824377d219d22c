package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ConcurrencySlot;
import io.github.lambdaops.emulator.domain.Stores;

import java.util.concurrent.CompletionStage;

/**
 * Reserved concurrency on the invoke path: a synchronous invocation takes its place among the function's running
 * ones ({@code Function.tryStartInvocation}) and fails with 429 TooManyRequestsException when there is none, as in
 * AWS; the place is held until the answer is complete (a stream's end). Event invocations are queued rather than
 * refused, so they pass: {@code AsyncInvocations} throttles them.
 */
final class ConcurrencyGuard {
    private final Stores stores;

    ConcurrencyGuard(Stores stores) {
        this.stores = stores;
    }

    RouteTable.AsyncAction around(RouteTable.AsyncAction invoke) {
        return request -> {
            String type = request.header("X-Amz-Invocation-Type");
            if ("Event".equals(type) || "DryRun".equals(type)) {
                return invoke.handle(request);
            }
            ConcurrencySlot slot = FunctionTarget.of(request, stores, FunctionTarget.Missing.AS_LATEST).function()
                    .tryStartInvocation().orElseThrow(ApiException::reservedConcurrencyExceeded);
            CompletionStage<ApiResponse> response;
            try {
                response = invoke.handle(request);
            } catch (Exception | Error e) {
                slot.release();
                throw e;
            }
            return response.whenComplete((answer, error) -> {
                if (answer == null) {
                    slot.release();
                } else {
                    answer.whenComplete(slot::release);
                }
            });
        };
    }
}
