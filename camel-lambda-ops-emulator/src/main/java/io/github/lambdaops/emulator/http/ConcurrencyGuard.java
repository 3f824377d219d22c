package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.state.ApiException;
import io.github.lambdaops.emulator.state.ErrorType;
import io.github.lambdaops.emulator.state.FunctionStore;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Reserved concurrency on the invoke path: a synchronous invocation of a function that has as many invocations
 * running as its reserved concurrency (0: always) fails with 429 TooManyRequestsException, as in AWS. Event
 * invocations are queued by AWS rather than refused, so they pass.
 */
final class ConcurrencyGuard {
    private final FunctionStore store;

    ConcurrencyGuard(FunctionStore store) {
        this.store = store;
    }

    RouteTable.AsyncAction around(RouteTable.AsyncAction invoke) {
        return request -> {
            String type = request.header("X-Amz-Invocation-Type");
            if ("Event".equals(type) || "DryRun".equals(type)) {
                return invoke.handle(request);
            }
            String arn = FunctionTarget.of(request, store).function().arn();
            Optional<Integer> reserved = FunctionConfigsApi.reservedOf(store, arn);
            if (reserved.isEmpty()) {
                return invoke.handle(request);
            }
            if (!store.running().tryStart(arn, reserved.get())) {
                throw new ApiException(ErrorType.TOO_MANY_REQUESTS, "Rate Exceeded.",
                        "ReservedFunctionConcurrentInvocationLimitExceeded");
            }
            CompletionStage<ApiResponse> response;
            try {
                response = invoke.handle(request);
            } catch (Exception | Error e) {
                store.running().finish(arn);
                throw e;
            }
            return response.whenComplete((answer, error) -> {
                if (answer == null) {
                    store.running().finish(arn);
                } else {
                    answer.whenComplete(() -> store.running().finish(arn)); // a streamed answer runs until its end
                }
            });
        };
    }
}
