package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.state.ApiException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function as a request names it: a name, {@code NAME:QUALIFIER}, a partial ARN
 * ({@code ACCOUNT:function:NAME[:QUALIFIER]}) or a full ARN, whose region then wins over the request's.
 */
record FunctionReference(String name, String qualifier, String region) {
    static final String NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?"
            + "(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    private static final Pattern PATTERN = Pattern.compile("(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov)?"
            + "-[a-z]+-\\d):)?(?:\\d{12}:)?(?:function:)?(?<name>[a-zA-Z0-9_-]{1,64})"
            + "(?::(?<qualifier>\\$LATEST|[a-zA-Z0-9_-]{1,128}))?");

    static FunctionReference parse(String value, String member, String requestRegion) {
        if (value == null || value.isEmpty()) {
            throw ApiException.constraintViolation(value, member, "Member must have length greater than or equal to 1");
        }
        if (isPlainName(value)) {
            return new FunctionReference(value, null, requestRegion);
        }
        Matcher matcher = PATTERN.matcher(value);
        if (value.length() > 170 || !matcher.matches()) {
            throw ApiException.constraintViolation(value, member,
                    "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
        String region = matcher.group("region");
        return new FunctionReference(matcher.group("name"), matcher.group("qualifier"),
                region != null ? region : requestRegion);
    }

    /** A bare name ({@code [a-zA-Z0-9_-]{1,64}}), the common case, which needs no regular expression. */
    private static boolean isPlainName(String value) {
        if (value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The qualifier of the name, or else of the {@code Qualifier} parameter; the two must agree. */
    String qualifierWith(String qualifierParameter) {
        if (qualifierParameter == null || qualifierParameter.isEmpty()) {
            return qualifier;
        }
        if (qualifier != null && !qualifier.equals(qualifierParameter)) {
            throw ApiException.invalidParameter(
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        if (!qualifierParameter.matches("\\$LATEST|[a-zA-Z0-9_-]{1,128}")) {
            throw ApiException.constraintViolation(qualifierParameter, "qualifier",
                    "Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)");
        }
        return qualifierParameter;
    }
}
