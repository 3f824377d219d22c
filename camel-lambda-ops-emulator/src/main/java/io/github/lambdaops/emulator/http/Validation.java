package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;

import java.util.Arrays;
import java.util.List;

/**
 * The constraints the Lambda API's request validation checks on members (of a body, path or query), each with
 * AWS's message; members are named in lowerCamelCase in them, as AWS does. Null values pass every check but
 * {@link #required}.
 */
final class Validation {

    private Validation() {
    }

    static <T> T required(T value, String member) {
        if (value == null) {
            throw ApiException.required(member);
        }
        return value;
    }

    static Integer range(Integer value, String member, int min, int max) {
        if (value == null) {
            return null;
        }
        if (value < min) {
            throw ApiException.constraintViolation(value, member, "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw ApiException.constraintViolation(value, member, "Member must have value less than or equal to " + max);
        }
        return value;
    }

    static String pattern(String value, String member, String regex, int maxLength) {
        if (value == null) {
            return null;
        }
        maxLength(value, member, maxLength);
        if (!value.matches(regex)) {
            throw ApiException.constraintViolation(value, member, "Member must satisfy regular expression pattern: "
                    + regex);
        }
        return value;
    }

    static String requiredPattern(String value, String member, String regex, int maxLength) {
        return pattern(required(value, member), member, regex, maxLength);
    }

    static String maxLength(String value, String member, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.constraintViolation(value, member,
                    "Member must have length less than or equal to " + maxLength);
        }
        return value;
    }

    static String oneOf(String value, String member, String... allowed) {
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            throw ApiException.constraintViolation(value, member,
                    "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return value;
    }

    static <T> List<T> size(List<T> values, String member, int min, int max) {
        if (values != null && (values.size() < min || values.size() > max)) {
            throw ApiException.constraintViolation(values, member, "Member must have length less than or equal to "
                    + max + ", Member must have length greater than or equal to " + min);
        }
        return values;
    }

    static long number(String value, String member) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.constraintViolation(value, member, "Member must be a number");
        }
    }
}
