package io.github.lambdaops.emulator.auth;

import io.github.lambdaops.emulator.http.ApiRequest;
import io.github.lambdaops.emulator.http.UrlSignatures;

import java.time.Clock;

/**
 * Auth of {@code AWS_IAM} function URLs: a request must carry a SigV4 signature for service {@code lambda}, checked
 * against the strict-auth keys when there are any; without them any well-formed signature is taken, as the emulator
 * takes any credentials on its API then.
 */
public final class FunctionUrlAuth implements UrlSignatures {
    private final SigV4Verifier verifier;

    public FunctionUrlAuth(StrictAuth auth) {
        this.verifier = new SigV4Verifier(auth, Clock.systemUTC());
    }

    @Override
    public String signer(ApiRequest request) {
        return verifier.signer(request, "lambda").orElse(null);
    }
}
