package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.domain.UrlConfig;
import io.github.lambdaops.emulator.domain.UrlTarget;
import io.github.lambdaops.emulator.runtime.InvocationService;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Serves function URLs: finds the URL's function (or alias), answers a CORS preflight, requires a SigV4 signature
 * of an {@code AWS_IAM} URL, invokes the function with the payload format 2.0 event and maps its answer back as AWS
 * does. A URL that is not (or no longer) configured answers as AWS's do: 403 {@code {"Message":null}}.
 */
public final class FunctionUrls {
    private static final String ACCESS_DENIED = "AccessDeniedException";

    private final Stores stores;
    private final InvocationService invocations;
    private final UrlSignatures signatures;

    public FunctionUrls(Stores stores, InvocationService invocations, UrlSignatures signatures) {
        this.stores = stores;
        this.invocations = invocations;
        this.signatures = signatures;
    }

    CompletionStage<UrlResponse> serve(UrlCall call) {
        String requestId = RequestIds.next();
        return answer(call, requestId).thenApply(response ->
                response.withHeaders(List.of(Map.entry("x-amzn-RequestId", requestId))));
    }

    private CompletionStage<UrlResponse> answer(UrlCall call, String requestId) {
        Optional<UrlTarget> found = stores.functionUrl(call.address().urlId());
        if (found.isEmpty()) {
            return done(UrlResponse.refused(403, ACCESS_DENIED, null));
        }
        UrlTarget target = found.get();
        UrlConfig config = target.config();
        ApiRequest request = call.request();
        if (UrlCors.isPreflight(config.cors(), request)) {
            return done(UrlCors.preflight(config.cors(), request));
        }
        UrlEvents.Caller caller = null;
        if (config.requiresSignature()) {
            String accessKey = signatures.signer(request);
            if (accessKey == null) {
                return done(UrlResponse.refused(403, ACCESS_DENIED, "Forbidden"));
            }
            caller = new UrlEvents.Caller(accessKey, target.function().accountId());
        }
        if (request.body().length > InvokeApi.MAX_SYNC_PAYLOAD_BYTES) {
            return done(UrlResponse.refused(413, "RequestEntityTooLargeException", "Request Entity Too Large"));
        }
        FunctionVersion version;
        try {
            version = target.versionToInvoke();
        } catch (ApiException e) {
            return done(UrlResponse.refused(e.type().status(), e.type().awsName(), e.getMessage()));
        }
        byte[] event = UrlEvents.of(call, target.function().region(), caller, requestId, Instant.now());
        return invocations.invoke(version, target.arn(), event, null)
                .thenApply(result -> UrlCors.apply(config.cors(), request, UrlReplies.of(result))
                        .inChunks(config.streams()));
    }

    private static CompletionStage<UrlResponse> done(UrlResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
