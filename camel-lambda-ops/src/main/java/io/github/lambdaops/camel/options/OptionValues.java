package io.github.lambdaops.camel.options;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;

/**
 * Reads the value of an option or header whose values are an enum: the constant itself, or its name in any case (a
 * URI, a properties file or a header gives a String). The one place these values are checked, so every source fails
 * the same way, naming itself and the valid values.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * @param source what gave the value, for the message: {@code "URI option pagination"}, {@code "Header ..."}
     */
    public static <E extends Enum<E>> E parse(Class<E> type, Object value, String source) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof String) {
            String name = ((String) value).trim();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(name)) {
                    return constant;
                }
            }
        }
        throw new LambdaOpsParameterException(source + " expects one of " + names(type) + ", got "
                + (value instanceof String ? "'" + value + "'" : value == null ? "null" : value.getClass().getName()));
    }

    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
