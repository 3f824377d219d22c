package io.github.lambdaops.emulator.auth;

import io.github.lambdaops.emulator.http.ApiRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a request's SigV4 signature the way the service does: it signs the same request again with the SDK's own
 * signer, with the secret key the access key id stands for and the request's own date, and compares. Only the
 * headers the client listed as signed take part, so proxies adding headers do not break it.
 */
final class SigV4Verifier {
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/,\\s]+)/(\\d{8})/"
            + "([a-z0-9-]+)/([a-z0-9-]+)/aws4_request,\\s*SignedHeaders=([a-z0-9;._-]+),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    /** Why a request was refused: the AWS error type and message of the 403. */
    record Rejection(String errorType, String message) {
        static Rejection unrecognized(String message) {
            return new Rejection("UnrecognizedClientException", message);
        }

        static Rejection invalidSignature(String message) {
            return new Rejection("InvalidSignatureException", message);
        }
    }

    private final StrictAuth auth;
    private final Clock clock;

    SigV4Verifier(StrictAuth auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    /** The reason to refuse the request, or empty when its signature holds. */
    Optional<Rejection> check(ApiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return Optional.of(Rejection.unrecognized("Missing Authentication Token: the request is not signed and "
                    + "the emulator requires SigV4"));
        }
        Matcher signature = AUTHORIZATION.matcher(authorization);
        if (!signature.matches()) {
            return Optional.of(Rejection.invalidSignature("Authorization header is not a SigV4 signature: expected "
                    + "'AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...'"));
        }
        Optional<String> secretKey = auth.secretKeyOf(signature.group(1));
        if (secretKey.isEmpty()) {
            Optional<TemporaryKeys.Key> temporary = auth.temporaryKeyOf(signature.group(1))
                    .filter(key -> key.sessionToken().equals(request.header("X-Amz-Security-Token")));
            if (temporary.isEmpty()) {
                return Optional.of(Rejection.unrecognized("The security token included in the request is invalid."));
            }
            if (!clock.instant().isBefore(temporary.get().expiration())) {
                return Optional.of(new Rejection("ExpiredTokenException",
                        "The security token included in the request is expired"));
            }
            secretKey = Optional.of(temporary.get().secretAccessKey());
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(String.valueOf(request.header("X-Amz-Date"))));
        } catch (DateTimeParseException e) {
            return Optional.of(Rejection.invalidSignature("The request has no valid X-Amz-Date header (yyyyMMdd'T'HHmmss'Z')"));
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            return Optional.of(Rejection.invalidSignature("Signature expired: " + AMZ_DATE.format(signedAt)
                    + " is more than 5 minutes away from the emulator's time " + AMZ_DATE.format(now)));
        }
        String expected = resign(request, signature, secretKey.get(), signedAt);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.empty() : Optional.of(Rejection.invalidSignature("The request signature we calculated"
                + " does not match the signature you provided. Check your AWS Secret Access Key and signing method."));
    }

    /**
     * The access key id of the request's SigV4 signature for {@code service}: with strict auth on, only a signature
     * that holds for one of its keys counts; with it off, the emulator knows no secret key, so any signature of the
     * right form does.
     */
    Optional<String> signer(ApiRequest request, String service) {
        Matcher signature = AUTHORIZATION.matcher(String.valueOf(request.header("Authorization")));
        if (!signature.matches() || !signature.group(4).equals(service) || request.header("X-Amz-Date") == null
                || (auth.isEnabled() && check(request).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(signature.group(1));
    }

    private static String resign(ApiRequest request, Matcher signature, String secretKey, Instant signedAt) {
        SdkHttpFullRequest.Builder copy = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method().name()))
                .uri(java.net.URI.create("http://" + request.header("Host")))
                .encodedPath(request.rawPath());
        for (Map.Entry<String, List<String>> parameter : request.queryParameters().entrySet()) {
            copy.putRawQueryParameter(parameter.getKey(), parameter.getValue());
        }
        for (String name : Arrays.asList(signature.group(5).split(";"))) {
            copy.putHeader(name, request.headers(name));
        }
        byte[] body = request.body();
        String accessKeyId = signature.group(1);
        String region = signature.group(3);
        String service = signature.group(4);
        return SIGNER.sign(r -> r.request(copy.build())
                        .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                        .identity(AwsCredentialsIdentity.create(accessKeyId, secretKey))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
                .request()
                .firstMatchingHeader("Authorization")
                .orElse("");
    }
}
