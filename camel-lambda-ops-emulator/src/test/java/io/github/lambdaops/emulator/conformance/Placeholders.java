package io.github.lambdaops.emulator.conformance;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of case files: {@code ${name}} (a value the case or the run fixes), {@code ${repeat:a:65}} (the
 * text {@code a} 65 times, for lengths at a limit) and {@code ${quote:name}} (a value as a literal in a regex).
 * Placeholders nest: {@code ${code.${lang}}} fills {@code ${lang}} first.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]+)}");

    private Placeholders() {
    }

    /** {@code text} with its placeholders replaced; {@code values} answers null for a name it does not know. */
    static String fill(String text, Function<String, String> values) {
        String filled = fillInnermost(text, values);
        return filled.equals(text) ? filled : fill(filled, values);
    }

    private static String fillInnermost(String text, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(valueOf(matcher.group(1), values)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String valueOf(String name, Function<String, String> values) {
        if (name.startsWith("repeat:")) {
            int count = name.lastIndexOf(':');
            return name.substring("repeat:".length(), count).repeat(Integer.parseInt(name.substring(count + 1)));
        }
        if (name.startsWith("quote:")) {
            return Pattern.quote(valueOf(name.substring("quote:".length()), values));
        }
        String value = values.apply(name);
        if (value == null) {
            throw new IllegalStateException("No value for placeholder ${" + name + "}");
        }
        return value;
    }
}
