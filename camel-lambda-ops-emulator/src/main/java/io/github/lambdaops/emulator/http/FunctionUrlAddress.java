package io.github.lambdaops.emulator.http;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a function URL is served, and which URL a request is for. AWS serves {@code https://ID.lambda-url.REGION.on.aws/};
 * that name resolves nowhere locally, so the emulator hands out {@code http://HOST/_url/ID/} on the address the
 * caller reached it at, and also serves requests whose Host is {@code ID.lambda-url.REGION.on.aws} or
 * {@code ID.lambda-url.REGION.localhost} (for a resolver or proxy that sends those to the emulator).
 *
 * @param urlId the URL's id (32 lower-case letters and digits, as AWS's)
 * @param path  the path the function sees ({@code rawPath}): what follows the URL's root, from its {@code /}
 */
record FunctionUrlAddress(String urlId, String path) {
    static final String PATH_PREFIX = "/_url/";
    private static final Pattern HOST = Pattern.compile("([a-z0-9]+)\\.lambda-url\\.[a-z0-9-]+\\.(?:on\\.aws|localhost)"
            + "(?::[0-9]+)?\\.?", Pattern.CASE_INSENSITIVE);

    static String newUrlId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The URL handed out for {@code urlId} to a caller that reached the emulator at {@code host} (its Host header). */
    static String served(String host, String urlId) {
        return "http://" + (host == null || host.isBlank() ? "127.0.0.1" : host) + PATH_PREFIX + urlId + "/";
    }

    /** The host name AWS would give the URL, as the event's {@code requestContext.domainName} reports it. */
    static String domainName(String urlId, String region) {
        return urlId + ".lambda-url." + region + ".on.aws";
    }

    /** The function URL a request is for, if it is for one: by its path under {@code /_url/}, or by its Host. */
    static Optional<FunctionUrlAddress> of(String host, String rawPath) {
        if (rawPath.startsWith(PATH_PREFIX)) {
            String rest = rawPath.substring(PATH_PREFIX.length());
            int slash = rest.indexOf('/');
            String urlId = slash < 0 ? rest : rest.substring(0, slash);
            return urlId.isEmpty() ? Optional.empty()
                    : Optional.of(new FunctionUrlAddress(urlId.toLowerCase(Locale.ROOT), slash < 0 ? "/" : rest.substring(slash)));
        }
        Matcher matcher = host == null ? null : HOST.matcher(host);
        return matcher != null && matcher.matches()
                ? Optional.of(new FunctionUrlAddress(matcher.group(1).toLowerCase(Locale.ROOT), rawPath.isEmpty() ? "/" : rawPath))
                : Optional.empty();
    }
}
