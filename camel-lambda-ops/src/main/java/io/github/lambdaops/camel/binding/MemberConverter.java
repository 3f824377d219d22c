package io.github.lambdaops.camel.binding;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.Buildable;

/**
 * Converts a header value to the Java type of one SDK request member, accepting the forms the contract promises
 * (a String for anything scalar, {@code K=V,K2=V2} for maps, comma lists, base64 for binary) and failing with a message
 * that names the source and the expected form. Values of binary members are never echoed.
 */
final class MemberConverter {

    private static final int ECHO_LIMIT = 40;

    private enum Kind { STRING, INTEGER, LONG, FLOAT, DOUBLE, BOOLEAN, INSTANT, BYTES, STRING_LIST, STRING_MAP, DOUBLE_MAP, POJO, POJO_LIST, ANY }

    private final Kind kind;
    private final Set<String> allowedValues;
    private final Class<?> pojoType;

    private MemberConverter(Kind kind, Set<String> allowedValues, Class<?> pojoType) {
        this.kind = kind;
        this.allowedValues = allowedValues;
        this.pojoType = pojoType;
    }

    static MemberConverter of(SdkField<?> field, Class<?> builderClass) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return new MemberConverter(Kind.STRING, enumValues(field, builderClass), null);
        }
        if (type == MarshallingType.INTEGER) {
            return new MemberConverter(Kind.INTEGER, null, null);
        }
        if (type == MarshallingType.LONG) {
            return new MemberConverter(Kind.LONG, null, null);
        }
        if (type == MarshallingType.FLOAT) {
            return new MemberConverter(Kind.FLOAT, null, null);
        }
        if (type == MarshallingType.DOUBLE) {
            return new MemberConverter(Kind.DOUBLE, null, null);
        }
        if (type == MarshallingType.BOOLEAN) {
            return new MemberConverter(Kind.BOOLEAN, null, null);
        }
        if (type == MarshallingType.INSTANT) {
            return new MemberConverter(Kind.INSTANT, null, null);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return new MemberConverter(Kind.BYTES, null, null);
        }
        if (type == MarshallingType.SDK_POJO) {
            return new MemberConverter(Kind.POJO, null, pojoClass(field));
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> element = field.getTrait(ListTrait.class).memberFieldInfo();
            if (element.marshallingType() == MarshallingType.STRING) {
                return new MemberConverter(Kind.STRING_LIST, null, null);
            }
            if (element.marshallingType() == MarshallingType.SDK_POJO) {
                return new MemberConverter(Kind.POJO_LIST, null, pojoClass(element));
            }
        }
        if (type == MarshallingType.MAP) {
            MarshallingType<?> valueType = field.getTrait(MapTrait.class).valueFieldInfo().marshallingType();
            if (valueType == MarshallingType.STRING) {
                return new MemberConverter(Kind.STRING_MAP, null, null);
            }
            if (valueType == MarshallingType.DOUBLE) {
                return new MemberConverter(Kind.DOUBLE_MAP, null, null);
            }
        }
        return new MemberConverter(Kind.ANY, null, null);
    }

    /** What this member takes, in words, for error messages and documentation. */
    String expected() {
        switch (kind) {
            case STRING:
                return allowedValues == null ? "a String" : "one of " + allowedValues;
            case INTEGER:
                return "an Integer";
            case LONG:
                return "a Long";
            case FLOAT:
            case DOUBLE:
                return "a number";
            case BOOLEAN:
                return "a Boolean (true or false)";
            case INSTANT:
                return "an Instant, a Date or an ISO-8601 String";
            case BYTES:
                return "byte[], ByteBuffer, InputStream, File, Path, SdkBytes or a base64 String";
            case STRING_LIST:
                return "a List<String> or a comma-separated String";
            case STRING_MAP:
                return "a Map<String,String> or a String K=V,K2=V2";
            case DOUBLE_MAP:
                return "a Map<String,Double> or a String K=0.1,K2=0.2";
            case POJO:
                return "a " + pojoType.getName();
            case POJO_LIST:
                return "a List<" + pojoType.getName() + ">";
            default:
                return "a value of the SDK member's type";
        }
    }

    Object convert(Object value, String source) {
        try {
            Object converted = doConvert(value);
            if (converted == null) {
                throw invalid(value, source, null);
            }
            return converted;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // NumberFormatException and malformed base64 both land here
            throw invalid(value, source, e);
        }
    }

    private Object doConvert(Object value) {
        switch (kind) {
            case STRING:
                return toEnumCheckedString(value);
            case INTEGER:
                return toNumber(value, Integer.class);
            case LONG:
                return toNumber(value, Long.class);
            case FLOAT:
                return value instanceof Number ? Float.valueOf(((Number) value).floatValue())
                        : value instanceof String ? Float.valueOf(((String) value).trim()) : null;
            case DOUBLE:
                return value instanceof Number ? Double.valueOf(((Number) value).doubleValue())
                        : value instanceof String ? Double.valueOf(((String) value).trim()) : null;
            case BOOLEAN:
                return toBoolean(value);
            case INSTANT:
                return value instanceof Instant ? value
                        : value instanceof Date ? ((Date) value).toInstant()
                        : value instanceof String ? Instant.parse(((String) value).trim()) : null;
            case BYTES:
                return toBytes(value, true);
            case STRING_LIST:
                return toStringList(value);
            case STRING_MAP:
                return toStringMap(value);
            case DOUBLE_MAP:
                return toDoubleMap(value);
            case POJO:
                return pojoType.isInstance(value) ? value : null;
            case POJO_LIST:
                return value instanceof Collection && ((Collection<?>) value).stream().allMatch(pojoType::isInstance)
                        ? new ArrayList<>((Collection<?>) value) : null;
            default:
                return value;
        }
    }

    /**
     * Binary content: byte[], ByteBuffer, InputStream (read fully), File, Path, SdkBytes; a String is base64 when
     * {@code stringIsBase64}, otherwise its UTF-8 bytes. Returns null for any other type. A byte[] is wrapped, not
     * copied: the SDK only reads it, and a copy of a 6 MB payload is 6 MB more garbage per call.
     */
    static SdkBytes toBytes(Object value, boolean stringIsBase64) {
        if (value instanceof SdkBytes) {
            return (SdkBytes) value;
        }
        if (value instanceof byte[]) {
            return SdkBytes.fromByteArrayUnsafe((byte[]) value);
        }
        if (value instanceof ByteBuffer) {
            return SdkBytes.fromByteBuffer((ByteBuffer) value);
        }
        if (value instanceof InputStream) {
            return SdkBytes.fromInputStream((InputStream) value);
        }
        if (value instanceof File || value instanceof Path) {
            Path path = value instanceof File ? ((File) value).toPath() : (Path) value;
            try {
                return SdkBytes.fromByteArrayUnsafe(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        if (value instanceof String) {
            String text = (String) value;
            return stringIsBase64
                    ? SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(text.replaceAll("\\s", "")))
                    : SdkBytes.fromUtf8String(text);
        }
        return null;
    }

    private String toEnumCheckedString(Object value) {
        String text = value instanceof CharSequence || value instanceof Enum || value instanceof Number
                || value instanceof Boolean ? value.toString() : null;
        if (text != null && allowedValues != null && !allowedValues.contains(text)) {
            return null;
        }
        return text;
    }

    private static Object toNumber(Object value, Class<? extends Number> target) {
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else if (value instanceof String) {
            number = Long.parseLong(((String) value).trim());
        } else {
            return null;
        }
        if (target == Long.class) {
            return number;
        }
        return number == (int) number ? Integer.valueOf((int) number) : null;
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.valueOf(text);
            }
        }
        return null;
    }

    private static List<String> toStringList(Object value) {
        Collection<?> items;
        if (value instanceof String) {
            items = Arrays.asList(((String) value).split(","));
        } else if (value instanceof Collection) {
            items = (Collection<?>) value;
        } else if (value instanceof String[]) {
            items = Arrays.asList((String[]) value);
        } else {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof CharSequence)) {
                return null;
            }
            String text = item.toString().trim();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private static Map<String, Double> toDoubleMap(Object value) {
        Map<String, String> text = toStringMap(value);
        if (text == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        text.forEach((key, number) -> out.put(key, Double.valueOf(number)));
        return out;
    }

    private static Map<String, String> toStringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String) || entry.getValue() == null) {
                    return null;
                }
                out.put((String) entry.getKey(), entry.getValue().toString());
            }
            return out;
        }
        if (!(value instanceof String)) {
            return null;
        }
        for (String pair : ((String) value).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || pair.substring(0, equals).isBlank()) {
                return null;
            }
            out.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return out;
    }

    private LambdaOpsParameterException invalid(Object value, String source, Exception cause) {
        StringBuilder message = new StringBuilder(source).append(" expects ").append(expected()).append(", got ");
        if (value == null) {
            message.append("null");
        } else {
            message.append(value.getClass().getSimpleName());
            if (echoable(value)) {
                String text = value.toString();
                message.append(" '").append(text.length() > ECHO_LIMIT ? text.substring(0, ECHO_LIMIT) + "..." : text)
                        .append('\'');
            }
        }
        return new LambdaOpsParameterException(message.toString(), cause);
    }

    /** Only short scalar values are echoed; maps, lists, binaries and free text may carry secrets or payloads. */
    private boolean echoable(Object value) {
        boolean scalarKind = kind == Kind.INTEGER || kind == Kind.LONG || kind == Kind.FLOAT || kind == Kind.DOUBLE
                || kind == Kind.BOOLEAN || kind == Kind.INSTANT || (kind == Kind.STRING && allowedValues != null);
        return scalarKind && (value instanceof String || value instanceof Number || value instanceof Boolean);
    }

    private static Class<?> pojoClass(SdkField<?> field) {
        SdkPojo builder = field.constructor().get();
        return ((Buildable) builder).build().getClass();
    }

    /** The SDK's enum for a String member, found from the builder's typed setter (e.g. {@code runtime(Runtime)}). */
    private static Set<String> enumValues(SdkField<?> field, Class<?> builderClass) {
        for (Method method : builderClass.getMethods()) {
            if (method.getParameterCount() == 1 && method.getName().equalsIgnoreCase(field.memberName())
                    && method.getParameterTypes()[0].isEnum()) {
                Set<String> values = new TreeSet<>();
                for (Object constant : method.getParameterTypes()[0].getEnumConstants()) {
                    if (!"UNKNOWN_TO_SDK_VERSION".equals(((Enum<?>) constant).name())) {
                        values.add(constant.toString());
                    }
                }
                return values;
            }
        }
        return null;
    }
}
