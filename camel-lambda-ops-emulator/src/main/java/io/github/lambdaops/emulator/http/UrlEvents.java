package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event a function URL invokes its function with: AWS's payload format 2.0. Header names are lower-cased and a
 * repeated header's values joined with commas; cookies leave the headers for {@code cookies}; a body is base64 unless
 * its Content-Type is text (text/*, JSON, XML, JavaScript), as AWS decides.
 */
final class UrlEvents {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Who signed a request to an {@code AWS_IAM} URL: its access key and the account it acts in. */
    record Caller(String accessKey, String accountId) {
    }

    private UrlEvents() {
    }

    /** @param caller the signer of a request to an {@code AWS_IAM} URL, null for an open ({@code NONE}) one */
    static byte[] of(UrlCall call, String region, Caller caller, String requestId, Instant now) {
        ApiRequest request = call.request();
        String urlId = call.address().urlId();
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", call.address().path());
        event.put("rawQueryString", call.rawQuery());
        List<String> cookies = cookiesOf(request);
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        ObjectNode headers = event.putObject("headers");
        headersOf(request).forEach(headers::put);
        if (!request.queryParameters().isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            request.queryParameters().forEach((name, values) -> query.put(name, String.join(",", values)));
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", caller == null ? "anonymous" : caller.accountId());
        context.put("apiId", urlId);
        if (caller != null) {
            ObjectNode iam = context.putObject("authorizer").putObject("iam");
            iam.put("accessKey", caller.accessKey());
            iam.put("accountId", caller.accountId());
        }
        context.put("domainName", FunctionUrlAddress.domainName(urlId, region));
        context.put("domainPrefix", urlId);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method().name());
        http.put("path", call.address().path());
        http.put("protocol", call.protocol());
        http.put("sourceIp", call.sourceIp());
        http.put("userAgent", request.header("User-Agent"));
        context.put("requestId", requestId);
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("time", TIME.format(now));
        context.put("timeEpoch", now.toEpochMilli());
        byte[] body = request.body();
        boolean base64 = body.length > 0 && !isText(request.header("Content-Type"));
        if (body.length > 0) {
            event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", base64);
        return Json.write(event);
    }

    private static Map<String, String> headersOf(ApiRequest request) {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Map.Entry<String, String> header : request.headerEntries()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals("cookie")) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(header.getValue());
            }
        }
        Map<String, String> joined = new TreeMap<>();
        byName.forEach((name, values) -> joined.put(name, String.join(",", values)));
        return joined;
    }

    private static List<String> cookiesOf(ApiRequest request) {
        List<String> cookies = new ArrayList<>();
        for (String header : request.headers("Cookie")) {
            for (String cookie : header.split(";")) {
                if (!cookie.isBlank()) {
                    cookies.add(cookie.strip());
                }
            }
        }
        return cookies;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript");
    }
}
