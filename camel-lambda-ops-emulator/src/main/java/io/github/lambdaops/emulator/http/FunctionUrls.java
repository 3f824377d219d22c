package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ConcurrencySlot;
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
 * of an {@code AWS_IAM} URL, takes a place in the function's reserved concurrency (429 when there is none), invokes
 * the function with the payload format 2.0 event and maps its answer back as AWS does, as it is produced for a
 * {@code RESPONSE_STREAM} URL ({@link UrlResponseStream}). A URL that is not (or no longer) configured answers as
 * AWS's do: 403 {@code {"Message":null}}.
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
                response.withHeaders(List.of(Map.entry(ApiResponse.REQUEST_ID, requestId))));
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
        ConcurrencySlot slot;
        try {
            version = target.versionToInvoke();
            slot = target.function().tryStartInvocation().orElseThrow(ApiException::reservedConcurrencyExceeded);
        } catch (ApiException e) {
            return done(UrlResponse.refused(e.type().status(), e.type().awsName(), e.getMessage()));
        }
        byte[] event = UrlEvents.of(call, target.function().region(), caller, requestId, Instant.now());
        CompletionStage<UrlResponse> answer;
        try {
            answer = config.streams() ? streamed(version, target.arn(), event, slot)
                    : invocations.invoke(version, target.arn(), event, null)
                            .whenComplete((result, error) -> slot.release())
                            .thenApply(UrlReplies::of);
        } catch (RuntimeException e) {
            slot.release();
            throw e;
        }
        return answer.thenApply(response -> UrlCors.apply(config.cors(), request, response));
    }

    /** RESPONSE_STREAM: the answer's head as soon as the function's response begins, its body as it comes. */
    private CompletionStage<UrlResponse> streamed(FunctionVersion version, String arn, byte[] event,
                                                  ConcurrencySlot slot) {
        UrlResponseStream stream = new UrlResponseStream();
        invocations.invoke(version, arn, event, null, stream).whenComplete((result, error) -> {
            slot.release();
            stream.complete(result);
        });
        return stream.head();
    }

    private static CompletionStage<UrlResponse> done(UrlResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
