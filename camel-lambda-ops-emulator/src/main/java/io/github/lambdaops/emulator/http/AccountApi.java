package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.LayerVersion;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.AccountLimit;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.AccountUsage;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.GetAccountSettingsResponse;

/** GetAccountSettings: Lambda's default quotas, and usage computed from what the region stores. */
final class AccountApi {
    static final long TOTAL_CODE_SIZE = 75L * 1024 * 1024 * 1024;
    static final long CODE_SIZE_UNZIPPED = 250L * 1024 * 1024;
    static final long CODE_SIZE_ZIPPED = 50L * 1024 * 1024;

    private final Stores stores;

    AccountApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse getAccountSettings(ApiRequest request) {
        LambdaStore store = stores.of(request.region());
        long functionCode = store.functions().stream().flatMap(function -> function.versions().stream())
                .mapToLong(version -> version.configuration().codeSize()).sum();
        long layerCode = store.layers().layerArns().stream()
                .flatMap(arn -> store.layers().versions(arn).stream())
                .mapToLong(LayerVersion::codeSize).sum();
        return ApiResponse.json(200, new GetAccountSettingsResponse(
                new AccountLimit(TOTAL_CODE_SIZE, CODE_SIZE_UNZIPPED, CODE_SIZE_ZIPPED, LambdaStore.ACCOUNT_CONCURRENCY,
                        LambdaStore.ACCOUNT_CONCURRENCY - store.reservedConcurrency()),
                new AccountUsage(functionCode + layerCode, store.functions().size())));
    }
}
