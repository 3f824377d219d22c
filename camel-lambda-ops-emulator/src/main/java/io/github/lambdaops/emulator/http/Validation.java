package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ErrorType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The constraints the Lambda API's request validation checks on members (of a body, path or query), each with
 * AWS's message (a ValidationException); members are named in lowerCamelCase in them, as AWS does. Null values
 * pass every check but {@link #required}. {@link #all} reports the failures of several members in one answer.
 */
final class Validation {

    private Validation() {
    }

    /** Runs the checks of several members, answering every constraint they break at once, as AWS does. */
    static void all(Runnable... checks) {
        List<String> violations = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (ApiException e) {
                if (e.type() != ErrorType.VALIDATION) {
                    throw e;
                }
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
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
            throw ApiException.constraintViolation(value, member, enumConstraint(Arrays.asList(allowed)));
        }
        return value;
    }

    /**
     * Each element of a list must be valid; AWS quotes all of an element's constraints ({@code constraints}, and
     * that it is not null) when one fails.
     */
    static <T> List<T> elements(List<T> values, String member, Predicate<T> valid, String... constraints) {
        if (values != null && !values.stream().allMatch(value -> value != null && valid.test(value))) {
            List<String> all = new ArrayList<>(Arrays.asList(constraints));
            all.add("Member must not be null");
            throw ApiException.constraintViolation(values, member, "Member must satisfy constraint: " + all);
        }
        return values;
    }

    /** The constraints of a string element, as AWS quotes them: its length, then its pattern. */
    static String[] stringConstraints(int minLength, int maxLength, String regex) {
        return new String[]{"Member must have length less than or equal to " + maxLength,
                "Member must have length greater than or equal to " + minLength,
                "Member must satisfy regular expression pattern: " + regex};
    }

    static String enumConstraint(List<String> allowed) {
        return "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]";
    }

    static <T> List<T> size(List<T> values, String member, int min, int max) {
        if (values != null && values.size() > max) {
            throw ApiException.constraintViolation(values, member, "Member must have length less than or equal to "
                    + max);
        }
        if (values != null && values.size() < min) {
            throw ApiException.constraintViolation(values, member, "Member must have length greater than or equal to "
                    + min);
        }
        return values;
    }

    /** The tags of a resource, as TagResource and every Create action take them. */
    static Map<String, String> tags(Map<String, String> tags) {
        if (tags != null) {
            tags.forEach((key, value) -> {
                requiredPattern(key, "tags.key", "(?s).+", 128);
                requiredPattern(value, "tags.value", "(?s).*", 256);
                if (key.startsWith("aws:")) {
                    throw ApiException.invalidParameter("Tag keys cannot start with the reserved prefix aws: " + key);
                }
            });
        }
        return tags;
    }

    static long number(String value, String member) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.constraintViolation(value, member, "Member must be a number");
        }
    }
}
