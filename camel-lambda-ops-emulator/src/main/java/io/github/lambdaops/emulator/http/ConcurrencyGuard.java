package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.RunningInvocations;
import io.github.lambdaops.emulator.domain.Setting;
import io.github.lambdaops.emulator.domain.Stores;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Reserved concurrency on the invoke path: a synchronous invocation of a function that has as many invocations
 * running as its reserved concurrency (0: always) fails with 429 TooManyRequestsException, as in AWS. Event
 * invocations are queued by AWS rather than refused, so they pass.
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
            FunctionTarget target = FunctionTarget.of(request, stores, FunctionTarget.Missing.AS_LATEST);
            Optional<Integer> reserved = target.function().setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED);
            if (reserved.isEmpty()) {
                return invoke.handle(request);
            }
            String arn = target.function().arn();
            RunningInvocations running = target.store().running();
            if (!running.tryStart(arn, reserved.get())) {
                throw new ApiException(ErrorType.TOO_MANY_REQUESTS, "Rate Exceeded.",
                        "ReservedFunctionConcurrentInvocationLimitExceeded");
            }
            CompletionStage<ApiResponse> response;
            try {
                response = invoke.handle(request);
            } catch (Exception | Error e) {
                running.finish(arn);
                throw e;
            }
            return response.whenComplete((answer, error) -> running.finish(arn));
        };
    }
}
