package io.github.lambdaops.emulator.auth;

import io.github.lambdaops.emulator.http.ApiRequest;
import io.github.lambdaops.emulator.http.ApiResponse;
import io.github.lambdaops.emulator.http.Interceptor;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/** The auth interceptor: with strict auth on, a routed request whose signature fails gets a 403 and goes no further. */
public final class StrictAuthInterceptor implements Interceptor {
    private final StrictAuth auth;
    private final SigV4Verifier verifier;
    private final Predicate<ApiRequest> unsigned;

    public StrictAuthInterceptor(StrictAuth auth) {
        this(auth, request -> false);
    }

    /** @param unsigned the requests the API takes unsigned, as STS takes AssumeRoleWithWebIdentity */
    public StrictAuthInterceptor(StrictAuth auth, Predicate<ApiRequest> unsigned) {
        this.auth = auth;
        this.verifier = new SigV4Verifier(auth, Clock.systemUTC());
        this.unsigned = unsigned;
    }

    @Override
    public CompletionStage<ApiResponse> intercept(ApiRequest request, Chain next) throws Exception {
        if (!auth.isEnabled() || request.action().isEmulatorOwn() || unsigned.test(request)) {
            return next.proceed(request);
        }
        Optional<SigV4Verifier.Rejection> rejection = verifier.check(request);
        if (rejection.isEmpty()) {
            return next.proceed(request);
        }
        return CompletableFuture.completedFuture(
                ApiResponse.error(403, rejection.get().errorType(), rejection.get().message()));
    }
}
