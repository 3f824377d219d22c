package io.github.lambdaops.emulator.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares an answer with what AWS answered. Objects match when every listed member matches (members not listed are
 * not checked); arrays match element by element; a JSON null matches only a null member; a JSON document inside a
 * string matches an expected object or array. A text may stand for a kind of value, where AWS's varies: {@code <any>}
 * (present), {@code <absent>} (absent or null), {@code <uuid>}, {@code <date>} (Lambda's
 * {@code 2024-01-31T12:00:00.000+0000}), {@code <sha256>} (base64), {@code <number>}, or {@code ~regex} (the whole
 * value). Other texts have their placeholders filled first; {@code {$number: '${n}'}} is the number a placeholder
 * holds.
 */
final class JsonExpectation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Pattern> KINDS = Map.of(
            "<uuid>", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            "<date>", Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000"),
            "<sha256>", Pattern.compile("[A-Za-z0-9+/]{43}="),
            "<number>", Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?"));

    private final Function<String, String> values;

    JsonExpectation(Function<String, String> values) {
        this.values = values;
    }

    /** Adds to {@code differences} a line per member that does not match, named by its path. */
    void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isNull()) {
            if (actual == null || !actual.isNull()) {
                differences.add(path + ": expected null, was " + (actual == null ? "absent" : actual));
            }
            return;
        }
        boolean missing = actual == null || actual.isMissingNode() || actual.isNull();
        if (expected.isTextual() && expected.asText().equals("<absent>")) {
            if (!missing) {
                differences.add(path + ": expected absent, was " + actual);
            }
            return;
        }
        if (missing) {
            differences.add(path + ": expected " + expected + ", was absent");
            return;
        }
        if (expected.isObject() && expected.has("$number")) {
            expected = JSON.getNodeFactory().numberNode(
                    new java.math.BigDecimal(Placeholders.fill(expected.get("$number").asText(), values)));
        }
        if ((expected.isObject() || expected.isArray()) && actual.isTextual()) {
            try {
                actual = JSON.readTree(actual.asText());
            } catch (JsonProcessingException e) {
                differences.add(path + ": expected a JSON document, was " + actual);
                return;
            }
        }
        if (expected.isObject()) {
            compareObject(path, expected, actual, differences);
        } else if (expected.isArray()) {
            compareArray(path, expected, actual, differences);
        } else if (expected.isTextual()) {
            String failure = textFailure(expected.asText(), actual);
            if (failure != null) {
                differences.add(path + ": " + failure);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected + ", was " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", was " + actual);
        }
    }

    /** Why {@code actual} does not match the expected text, or null when it does. */
    String textFailure(String expected, JsonNode actual) {
        String text = actual.isValueNode() ? actual.asText() : actual.toString();
        if (expected.equals("<any>")) {
            return null;
        }
        Pattern kind = KINDS.get(expected);
        if (kind != null) {
            return kind.matcher(text).matches() ? null : "expected " + expected + ", was '" + text + "'";
        }
        if (expected.startsWith("~")) {
            String regex = Placeholders.fill(expected.substring(1), values);
            return Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches() ? null
                    : "expected to match /" + regex + "/, was '" + text + "'";
        }
        String filled = Placeholders.fill(expected, values);
        return filled.equals(text) ? null : "expected '" + filled + "', was '" + text + "'";
    }

    private void compareObject(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (!actual.isObject()) {
            differences.add(path + ": expected an object, was " + actual);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> members = expected.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            compare(path + "." + member.getKey(), member.getValue(), actual.get(member.getKey()), differences);
        }
    }

    private void compareArray(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (!actual.isArray() || actual.size() != expected.size()) {
            differences.add(path + ": expected " + expected.size() + " elements " + expected + ", was " + actual);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
        }
    }
}
