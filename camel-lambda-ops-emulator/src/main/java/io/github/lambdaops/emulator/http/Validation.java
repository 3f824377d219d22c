package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks of values outside a JSON body (paths, query parameters), and document building, with AWS's messages. */
final class Validation {

    private Validation() {
    }

    static int range(int value, String member, int min, int max) {
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
            throw ApiException.required(member);
        }
        if (value.length() > maxLength) {
            throw ApiException.constraintViolation(value, member,
                    "Member must have length less than or equal to " + maxLength);
        }
        if (!value.matches(regex)) {
            throw ApiException.constraintViolation(value, member, "Member must satisfy regular expression pattern: "
                    + regex);
        }
        return value;
    }

    static long number(String value, String member) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.constraintViolation(value, member, "Member must be a number");
        }
    }

    /** A JSON document from name/value pairs, leaving out null values. */
    static Map<String, Object> document(Object... namesAndValues) {
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                document.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return document;
    }
}
