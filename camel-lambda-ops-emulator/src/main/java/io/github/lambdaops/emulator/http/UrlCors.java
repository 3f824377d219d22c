package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.UrlConfig;
import io.netty.handler.codec.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function URL's CORS settings at work: a preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) is answered without invoking the function, and the answers to an allowed
 * origin carry its Access-Control headers, replacing any the function set. Without CORS settings, nothing is added
 * and an OPTIONS request reaches the function.
 */
final class UrlCors {
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private UrlCors() {
    }

    static boolean isPreflight(UrlConfig.Cors cors, ApiRequest request) {
        return cors != null && HttpMethod.OPTIONS.equals(request.method()) && request.header("Origin") != null
                && request.header("Access-Control-Request-Method") != null;
    }

    static UrlResponse preflight(UrlConfig.Cors cors, ApiRequest request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String origin = request.header("Origin");
        if (allows(cors, origin)) {
            headers.add(Map.entry(ALLOW_ORIGIN, origin));
            addJoined(headers, "Access-Control-Allow-Methods", cors.allowMethods());
            addJoined(headers, "Access-Control-Allow-Headers", cors.allowHeaders());
            if (cors.maxAge() != null) {
                headers.add(Map.entry("Access-Control-Max-Age", cors.maxAge().toString()));
            }
            addCredentials(headers, cors);
        }
        headers.add(Map.entry("Vary", "Origin"));
        return new UrlResponse(200, headers, new byte[0]);
    }

    /** The answer with the CORS headers for the request's origin, when the settings allow it. */
    static UrlResponse apply(UrlConfig.Cors cors, ApiRequest request, UrlResponse response) {
        String origin = request.header("Origin");
        if (cors == null || !allows(cors, origin)) {
            return response;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>(response.headers().stream()
                .filter(header -> !header.getKey().regionMatches(true, 0, "Access-Control-", 0, 15)).toList());
        headers.add(Map.entry(ALLOW_ORIGIN, origin));
        addJoined(headers, "Access-Control-Expose-Headers", cors.exposeHeaders());
        addCredentials(headers, cors);
        headers.add(Map.entry("Vary", "Origin"));
        return new UrlResponse(response.status(), headers, response.body(), response.streamedBody());
    }

    private static boolean allows(UrlConfig.Cors cors, String origin) {
        return origin != null && cors.allowOrigins() != null && cors.allowOrigins().stream()
                .anyMatch(allowed -> allowed.equals("*") || allowed.equalsIgnoreCase(origin));
    }

    private static void addJoined(List<Map.Entry<String, String>> headers, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            headers.add(Map.entry(name, String.join(",", values)));
        }
    }

    private static void addCredentials(List<Map.Entry<String, String>> headers, UrlConfig.Cors cors) {
        if (Boolean.TRUE.equals(cors.allowCredentials())) {
            headers.add(Map.entry("Access-Control-Allow-Credentials", "true"));
        }
    }
}
