package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON request body read as its members, with the checks AWS's request validation makes and its messages
 * (members are named in lowerCamelCase in them, as AWS does). For actions whose body is stored as it comes.
 */
final class Body {
    private final Map<String, Object> members;

    private Body(Map<String, Object> members) {
        this.members = members;
    }

    @SuppressWarnings("unchecked")
    static Body of(ApiRequest request) {
        Object parsed = Json.read(request.body(), Object.class);
        if (!(parsed instanceof Map)) {
            throw ApiException.invalidContent("Could not parse request body into json: expected a JSON object");
        }
        return new Body((Map<String, Object>) parsed);
    }

    static Body of(Map<String, Object> members) {
        return new Body(members);
    }

    boolean has(String name) {
        return members.get(name) != null;
    }

    Object get(String name) {
        return members.get(name);
    }

    /** The members named, in that order, leaving out the absent ones: what a stored document keeps of a request. */
    Map<String, Object> pick(String... names) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String name : names) {
            if (members.get(name) != null) {
                picked.put(name, members.get(name));
            }
        }
        return picked;
    }

    String string(String name) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name + " must be a string");
        }
        return text;
    }

    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw ApiException.required(member(name));
        }
        return value;
    }

    String pattern(String name, String regex, int maxLength) {
        String value = string(name);
        if (value != null) {
            if (value.length() > maxLength) {
                throw ApiException.constraintViolation(value, member(name),
                        "Member must have length less than or equal to " + maxLength);
            }
            if (!value.matches(regex)) {
                throw ApiException.constraintViolation(value, member(name),
                        "Member must satisfy regular expression pattern: " + regex);
            }
        }
        return value;
    }

    String oneOf(String name, String... allowed) {
        String value = string(name);
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            throw ApiException.constraintViolation(value, member(name),
                    "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return value;
    }

    Integer integer(String name, int min, int max) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name + " must be an integer");
        }
        return Validation.range(number, member(name), min, max);
    }

    int requiredInteger(String name, int min, int max) {
        Integer value = integer(name, min, max);
        if (value == null) {
            throw ApiException.required(member(name));
        }
        return value;
    }

    Boolean bool(String name) {
        Object value = members.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name + " must be a boolean");
        }
        return (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    Body object(String name) {
        Object value = members.get(name);
        if (value == null) {
            return new Body(Map.of());
        }
        if (!(value instanceof Map)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name + " must be an object");
        }
        return new Body((Map<String, Object>) value);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String name) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name
                    + " must be a list of strings");
        }
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> stringMap(String name) {
        Object value = members.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || !map.values().stream().allMatch(String.class::isInstance)) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name
                    + " must be a map of strings");
        }
        return (Map<String, String>) value;
    }

    /** A blob member (base64 on the wire). */
    byte[] bytes(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidContent("Could not parse request body into json: " + name + " is not base64");
        }
    }

    Map<String, Object> members() {
        return members;
    }

    /** AWS names members in lowerCamelCase in its messages. */
    static String member(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
