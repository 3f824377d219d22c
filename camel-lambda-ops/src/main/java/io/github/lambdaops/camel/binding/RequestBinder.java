package io.github.lambdaops.camel.binding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.Message;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.Buildable;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/**
 * Builds the SDK request of any operation from the message: each request member is read from its header
 * ({@code CamelLambdaOps} + member name), else from the endpoint's default for it, converted to the member's type, and
 * checked for presence where the API requires it — all before anything is sent.
 */
public final class RequestBinder {

    private final Map<Class<?>, RequestShape> shapes = new ConcurrentHashMap<>();

    /**
     * @param defaults values of the endpoint (path and URI options) by SDK member name; a header wins over them
     */
    public Object bind(RequestSpec spec, Message message, Map<String, ?> defaults) {
        RequestShape shape = shape(spec);
        Map<SdkField<?>, Object> values = new LinkedHashMap<>();
        Map<SdkField<?>, Map<SdkField<?>, Object>> nestedValues = new LinkedHashMap<>();
        for (MemberBinding binding : shape.bindings().values()) {
            Object raw = message.getHeader(binding.header());
            boolean fromHeader = raw != null;
            if (!fromHeader && !binding.isNested()) {
                raw = defaults.get(binding.member().memberName());
            }
            if (raw == null) {
                continue;
            }
            String source = fromHeader ? "Header " + binding.header() : optionName(binding.member().memberName());
            Object value = binding.converter().convert(raw, source);
            if (binding.isNested()) {
                nestedValues.computeIfAbsent(binding.member(), k -> new LinkedHashMap<>()).put(binding.nested(), value);
            } else {
                values.put(binding.member(), value);
            }
        }
        shape.body().ifPresent(body -> bindBody(spec, body, message, values, nestedValues));
        checkRequired(spec, shape, values, nestedValues);
        return build(shape.newBuilder(), values, nestedValues);
    }

    /** The headers an operation reads, for documentation and tests. */
    public List<String> headers(RequestSpec spec) {
        return shape(spec).headers();
    }

    private RequestShape shape(RequestSpec spec) {
        return shapes.computeIfAbsent(spec.requestType(),
                type -> RequestShape.of(type, spec.bodyRole(), spec.requiredMembers()));
    }

    private static void bindBody(RequestSpec spec, MemberBinding body, Message message, Map<SdkField<?>, Object> values,
                                 Map<SdkField<?>, Map<SdkField<?>, Object>> nestedValues) {
        Object content = message.getBody();
        if (content == null) {
            return;
        }
        boolean payload = spec.bodyRole() == BodyRole.PAYLOAD;
        if (!payload && codeIsLocated(body, values, nestedValues)) {
            return;
        }
        SdkBytes bytes = MemberConverter.toBytes(content, !payload);
        if (bytes == null) {
            byte[] converted = message.getExchange().getContext().getTypeConverter()
                    .tryConvertTo(byte[].class, message.getExchange(), content);
            if (converted == null) {
                throw new LambdaOpsParameterException("Operation " + spec.name() + " sends the message body as "
                        + (payload ? "the payload" : "the deployment package") + ": expected String, byte[], "
                        + "ByteBuffer, InputStream, File, Path, SdkBytes or a type Camel converts to byte[], got "
                        + content.getClass().getName());
            }
            bytes = SdkBytes.fromByteArrayUnsafe(converted);
        }
        if (body.isNested()) {
            nestedValues.computeIfAbsent(body.member(), k -> new LinkedHashMap<>()).put(body.nested(), bytes);
        } else {
            values.put(body.member(), bytes);
        }
    }

    private static boolean codeIsLocated(MemberBinding body, Map<SdkField<?>, Object> values,
                                         Map<SdkField<?>, Map<SdkField<?>, Object>> nestedValues) {
        if (body.isNested()) {
            return values.containsKey(body.member()) || nestedValues.containsKey(body.member());
        }
        return values.keySet().stream().anyMatch(f -> FlattenedMembers.CODE_LOCATORS.contains(f.memberName()));
    }

    private static void checkRequired(RequestSpec spec, RequestShape shape, Map<SdkField<?>, Object> values,
                                      Map<SdkField<?>, Map<SdkField<?>, Object>> nestedValues) {
        for (String member : shape.required()) {
            if (!hasMember(values.keySet(), member) && !hasMember(nestedValues.keySet(), member)) {
                throw new LambdaOpsParameterException(missingMessage(spec, shape, member));
            }
        }
    }

    private static boolean hasMember(Iterable<SdkField<?>> fields, String member) {
        for (SdkField<?> field : fields) {
            if (field.memberName().equals(member)) {
                return true;
            }
        }
        return false;
    }

    private static String missingMessage(RequestSpec spec, RequestShape shape, String member) {
        if ("FunctionName".equals(member)) {
            return "Operation " + spec.name() + " needs a function name, ARN or partial ARN: set the endpoint path "
                    + "(lambda-ops:myFunction) or the header " + HeaderNames.header(member);
        }
        List<MemberBinding> sources = shape.bindings().values().stream()
                .filter(binding -> binding.member().memberName().equals(member))
                .collect(Collectors.toList());
        StringBuilder text = new StringBuilder("Operation ").append(spec.name()).append(" needs the header ")
                .append(sources.get(0).header()).append(" (").append(sources.get(0).converter().expected()).append(')');
        if (sources.size() > 1) {
            text.append(" or ").append(sources.stream().skip(1).map(MemberBinding::header)
                    .collect(Collectors.joining(", ")));
        }
        if (shape.body().filter(body -> body.member().memberName().equals(member)).isPresent()) {
            text.append(", or the message body");
        }
        return text.toString();
    }

    private static String optionName(String member) {
        return "FunctionName".equals(member) ? "Endpoint path functionName"
                : "URI option " + HeaderNames.lowerCamel(member);
    }

    private static Object build(SdkPojo builder, Map<SdkField<?>, Object> values,
                                Map<SdkField<?>, Map<SdkField<?>, Object>> nestedValues) {
        values.forEach((field, value) -> field.set(builder, value));
        nestedValues.forEach((container, members) -> {
            Object whole = values.get(container);
            SdkPojo nested = whole instanceof ToCopyableBuilder
                    ? (SdkPojo) ((ToCopyableBuilder<?, ?>) whole).toBuilder()
                    : container.constructor().get();
            members.forEach((field, value) -> field.set(nested, value));
            container.set(builder, ((Buildable) nested).build());
        });
        return ((Buildable) builder).build();
    }
}
