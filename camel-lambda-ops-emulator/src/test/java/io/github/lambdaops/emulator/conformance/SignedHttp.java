package io.github.lambdaops.emulator.conformance;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.util.Timeout;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a case's request as it is written, signed with the SDK's SigV4 signer like any SDK call (or unsigned): the
 * request target goes on the wire unparsed, so malformed paths reach the emulator too, and answers are read whole.
 */
final class SignedHttp implements AutoCloseable {
    private static final AwsCredentialsIdentity CREDENTIALS = AwsCredentialsIdentity.create("test", "test");
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    /** An answer: status, headers by lower-case name, body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI endpoint;
    private final CloseableHttpClient client = HttpClients.custom()
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(60)).build())
            .build();

    SignedHttp(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** {@code target} is the path and query as written, with {@code $} to be percent-encoded as the SDK does. */
    Answer send(String method, String target, Map<String, String> headers, byte[] body, String region, boolean signed) {
        String encodedTarget = target.replace("$", "%24");
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method,
                new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort()), encodedTarget);
        headers.forEach(request::setHeader);
        if (signed) {
            signatureHeaders(method, target, headers, body, region)
                    .forEach((name, values) -> request.setHeader(name, values.get(0)));
        }
        if (body.length > 0) {
            request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        try {
            return client.execute(request, response -> {
                Map<String, String> answerHeaders = new TreeMap<>();
                for (Header header : response.getHeaders()) {
                    answerHeaders.put(header.getName().toLowerCase(Locale.ROOT), header.getValue());
                }
                byte[] answerBody = response.getEntity() == null ? new byte[0]
                        : EntityUtils.toByteArray(response.getEntity());
                return new Answer(response.getCode(), answerHeaders, answerBody);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    private Map<String, java.util.List<String>> signatureHeaders(String method, String target,
                                                                 Map<String, String> headers, byte[] body,
                                                                 String region) {
        int query = target.indexOf('?');
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(endpoint)
                .encodedPath(query < 0 ? target : target.substring(0, query))
                .putHeader("Content-Type", ContentType.APPLICATION_JSON.getMimeType());
        headers.forEach(unsigned::putHeader);
        if (query >= 0) {
            for (String parameter : target.substring(query + 1).split("&")) {
                String[] pair = parameter.split("=", 2);
                unsigned.appendRawQueryParameter(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : null);
            }
        }
        SdkHttpFullRequest signed = (SdkHttpFullRequest) SIGNER.sign(r -> r.request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .identity(CREDENTIALS)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        Map<String, java.util.List<String>> added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Authorization") || name.toLowerCase(Locale.ROOT).startsWith("x-amz-")) {
                added.put(name, values);
            }
        });
        return added;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
