package io.github.lambdaops.emulator.http;

/**
 * A request to a function URL as the skin read it: which URL and path it is for, the request itself (method, path
 * and query as sent, headers, body), the query string as sent, and where it came from.
 */
record UrlCall(FunctionUrlAddress address, ApiRequest request, String rawQuery, String sourceIp, String protocol) {
}
