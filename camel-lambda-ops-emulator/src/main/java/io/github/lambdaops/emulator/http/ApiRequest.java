package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;

import java.util.List;
import java.util.Map;

/**
 * A request routed to its action: the action, its path parameters (decoded), query, headers, body, and the account
 * and region it acts in. A request to a function URL, which is no action of the API, has a null action.
 */
public final class ApiRequest {
    private static final String CREDENTIAL = "Credential=";

    private final ApiAction action;
    private final HttpMethod method;
    private final String rawPath;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> query;
    private final HttpHeaders headers;
    private final byte[] body;
    private final String accountId;
    private final String region;

    ApiRequest(ApiAction action, HttpMethod method, String rawPath, Map<String, String> pathParameters,
               Map<String, List<String>> query, HttpHeaders headers, byte[] body, ServedAccount account) {
        this.action = action;
        this.method = method;
        this.rawPath = rawPath;
        this.pathParameters = pathParameters;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.accountId = account.accountId();
        this.region = regionOf(headers.get("Authorization"), account.defaultRegion());
    }

    /** The action the router matched, once, for this request. */
    public ApiAction action() {
        return action;
    }

    public HttpMethod method() {
        return method;
    }

    /** The path as sent, not decoded ({@code /2015-03-31/functions/my%3Afunction}). */
    public String rawPath() {
        return rawPath;
    }

    /** Every query parameter, decoded, in order. */
    public Map<String, List<String>> queryParameters() {
        return query;
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

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        return headers.getAll(name);
    }

    /** Every header, in the order received (a repeated one once per value). */
    public Iterable<Map.Entry<String, String>> headerEntries() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public <T> T bodyAs(Class<T> type) {
        return Json.read(body, type);
    }

    /** The account the emulator serves ({@code EmulatorSettings.accountId}), which every request acts in. */
    public String accountId() {
        return accountId;
    }

    /** The region of the request's SigV4 credential scope, or the emulator's default for unsigned requests. */
    public String region() {
        return region;
    }

    /**
     * The region of the first {@code Credential=KEY/YYYYMMDD/REGION/} in the header (KEY without slash, comma or
     * whitespace as regular expressions know it; REGION of lower-case letters, digits and dashes). Scanned by hand: this runs on every request.
     */
    private static String regionOf(String authorization, String defaultRegion) {
        if (authorization != null) {
            for (int at = authorization.indexOf(CREDENTIAL); at >= 0; at = authorization.indexOf(CREDENTIAL, at + 1)) {
                String region = regionOfScope(authorization, at + CREDENTIAL.length());
                if (region != null) {
                    return region;
                }
            }
        }
        return defaultRegion;
    }

    private static String regionOfScope(String header, int keyStart) {
        int keyEnd = keyStart;
        while (keyEnd < header.length() && isKeyCharacter(header.charAt(keyEnd))) {
            keyEnd++;
        }
        int dateStart = keyEnd + 1;
        int regionStart = dateStart + 9;
        if (keyEnd == keyStart || regionStart > header.length() || header.charAt(keyEnd) != '/'
                || header.charAt(regionStart - 1) != '/') {
            return null;
        }
        for (int i = dateStart; i < regionStart - 1; i++) {
            if (header.charAt(i) < '0' || header.charAt(i) > '9') {
                return null;
            }
        }
        int regionEnd = regionStart;
        while (regionEnd < header.length() && isRegionCharacter(header.charAt(regionEnd))) {
            regionEnd++;
        }
        boolean closed = regionEnd > regionStart && regionEnd < header.length() && header.charAt(regionEnd) == '/';
        return closed ? header.substring(regionStart, regionEnd) : null;
    }

    private static boolean isKeyCharacter(char c) {
        return c != '/' && c != ',' && " \t\n\u000B\f\r".indexOf(c) < 0;
    }

    private static boolean isRegionCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }
}
