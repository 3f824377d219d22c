package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A request routed to an action: its path parameters (decoded), query, headers, body and region. */
public final class ApiRequest {
    private static final Pattern CREDENTIAL_SCOPE = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");

    private final HttpMethod method;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> query;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String region;

    ApiRequest(HttpMethod method, Map<String, String> pathParameters, Map<String, List<String>> query,
               HttpHeaders headers, byte[] body, String defaultRegion) {
        this.method = method;
        this.pathParameters = pathParameters;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.region = regionOf(headers.get("Authorization"), defaultRegion);
    }

    public HttpMethod method() {
        return method;
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a query parameter (such as {@code tagKeys}), in order. */
    public List<String> queries(String name) {
        return query.getOrDefault(name, List.of());
    }

    public String header(String name) {
        return headers.get(name);
    }

    public byte[] body() {
        return body;
    }

    public <T> T bodyAs(Class<T> type) {
        return Json.read(body, type);
    }

    /** The region of the request's SigV4 credential scope, or the emulator's default for unsigned requests. */
    public String region() {
        return region;
    }

    private static String regionOf(String authorization, String defaultRegion) {
        if (authorization != null) {
            Matcher matcher = CREDENTIAL_SCOPE.matcher(authorization);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return defaultRegion;
    }
}
