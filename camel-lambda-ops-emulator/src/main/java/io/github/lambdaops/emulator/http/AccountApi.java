package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.LambdaFunction;
import io.github.lambdaops.emulator.domain.LayerVersion;

import java.util.Collection;

import static io.github.lambdaops.emulator.http.Validation.document;

/** GetAccountSettings: Lambda's default quotas, and usage computed from what the region stores. */
final class AccountApi {
    static final long TOTAL_CODE_SIZE = 80L * 1024 * 1024 * 1024;
    static final long CODE_SIZE_UNZIPPED = 250L * 1024 * 1024;
    static final long CODE_SIZE_ZIPPED = 50L * 1024 * 1024;

    private final FunctionStore store;

    AccountApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse getAccountSettings(ApiRequest request) {
        Collection<LambdaFunction> functions = store.list(request.region());
        long functionCode = functions.stream().flatMap(function -> function.versions().stream())
                .mapToLong(version -> version.configuration().codeSize()).sum();
        long layerCode = store.layers().layerArns(request.region()).stream()
                .flatMap(arn -> store.layers().versions(arn).stream())
                .mapToLong(LayerVersion::codeSize).sum();
        int unreserved = FunctionConfigsApi.ACCOUNT_CONCURRENCY
                - FunctionConfigsApi.reservedConcurrency(store, request.region());
        return ApiResponse.json(200, document(
                "AccountLimit", document("TotalCodeSize", TOTAL_CODE_SIZE, "CodeSizeUnzipped", CODE_SIZE_UNZIPPED,
                        "CodeSizeZipped", CODE_SIZE_ZIPPED, "ConcurrentExecutions", FunctionConfigsApi.ACCOUNT_CONCURRENCY,
                        "UnreservedConcurrentExecutions", unreserved),
                "AccountUsage", document("TotalCodeSize", functionCode + layerCode,
                        "FunctionCount", (long) functions.size())));
    }
}
