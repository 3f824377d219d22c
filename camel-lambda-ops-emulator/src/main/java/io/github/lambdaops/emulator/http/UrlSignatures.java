package io.github.lambdaops.emulator.http;

/**
 * Whether a request to a function URL of auth type {@code AWS_IAM} is signed as Lambda requires (SigV4, service
 * {@code lambda}). Implemented by strict auth, which knows the keys.
 */
@FunctionalInterface
public interface UrlSignatures {

    /** @return the access key id of a signature that holds, or null when the request is not so signed */
    String signer(ApiRequest request);
}
