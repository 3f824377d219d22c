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
        MemberBinding[] bindings = shape.bindingArray();
        Object[] values = new Object[bindings.length]; // by binding, in the order of bindingArray
        for (int i = 0; i < bindings.length; i++) {
            MemberBinding binding = bindings[i];
            Object raw = message.getHeader(binding.header());
            boolean fromHeader = raw != null;
            if (!fromHeader && !binding.isNested()) {
                raw = defaults.get(binding.member().memberName());
            }
            if (raw != null) {
                values[i] = binding.converter().convert(raw, binding.source(fromHeader));
            }
        }
        MemberBinding body = shape.body().orElse(null);
        SdkBytes content = body == null ? null : bodyContent(spec, body, message, bindings, values);
        checkRequired(spec, shape, values, content != null);
        return build(shape.newBuilder(), bindings, values, body, content);
    }

    /** The headers an operation reads, for documentation and tests. */
    public List<String> headers(RequestSpec spec) {
        return shape(spec).headers();
    }

    private RequestShape shape(RequestSpec spec) {
        RequestShape shape = shapes.get(spec.requestType());
        return shape != null ? shape : shapes.computeIfAbsent(spec.requestType(),
                type -> RequestShape.of(type, spec.bodyRole(), spec.requiredMembers()));
    }

    /** The message body as the member the operation sends it as, or null when there is none or it is not used. */
    private static SdkBytes bodyContent(RequestSpec spec, MemberBinding body, Message message,
                                        MemberBinding[] bindings, Object[] values) {
        Object content = message.getBody();
        if (content == null) {
            return null;
        }
        boolean payload = spec.bodyRole() == BodyRole.PAYLOAD;
        if (!payload && codeIsLocated(body, bindings, values)) {
            return null;
        }
        SdkBytes bytes = MemberConverter.toBytes(content, !payload);
        if (bytes != null) {
            return bytes;
        }
        byte[] converted = message.getExchange().getContext().getTypeConverter()
                .tryConvertTo(byte[].class, message.getExchange(), content);
        if (converted == null) {
            throw new LambdaOpsParameterException("Operation " + spec.name() + " sends the message body as "
                    + (payload ? "the payload" : "the deployment package") + ": expected String, byte[], "
                    + "ByteBuffer, InputStream, File, Path, SdkBytes or a type Camel converts to byte[], got "
                    + content.getClass().getName());
        }
        return SdkBytes.fromByteArrayUnsafe(converted);
    }

    /** Whether the headers already say where the code is, so that the body is not the deployment package. */
    private static boolean codeIsLocated(MemberBinding body, MemberBinding[] bindings, Object[] values) {
        for (int i = 0; i < bindings.length; i++) {
            if (values[i] == null) {
                continue;
            }
            MemberBinding binding = bindings[i];
            boolean locates = body.isNested() ? binding.member() == body.member()
                    : !binding.isNested() && FlattenedMembers.CODE_LOCATORS.contains(binding.member().memberName());
            if (locates) {
                return true;
            }
        }
        return false;
    }

    private static void checkRequired(RequestSpec spec, RequestShape shape, Object[] values, boolean hasBody) {
        for (RequestShape.RequiredMember member : shape.required()) {
            if (!(member.fromBody() && hasBody) && !anyValue(values, member.bindings())) {
                throw new LambdaOpsParameterException(missingMessage(spec, shape, member.name()));
            }
        }
    }

    private static boolean anyValue(Object[] values, int[] indexes) {
        for (int index : indexes) {
            if (values[index] != null) {
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

    /**
     * Sets the top-level members first, then each flattened member inside its container: on a copy of the container
     * when the container itself was given too, else on a new one.
     */
    private static Object build(SdkPojo builder, MemberBinding[] bindings, Object[] values, MemberBinding body,
                                SdkBytes content) {
        Map<SdkField<?>, SdkPojo> containers = null;
        for (int i = 0; i < bindings.length; i++) {
            if (values[i] != null && !bindings[i].isNested()) {
                bindings[i].member().set(builder, values[i]);
            }
        }
        if (content != null && !body.isNested()) {
            body.member().set(builder, content);
        }
        for (int i = 0; i < bindings.length; i++) {
            if (values[i] != null && bindings[i].isNested()) {
                containers = nestedSet(containers, bindings, values, bindings[i].member(), bindings[i].nested(),
                        values[i]);
            }
        }
        if (content != null && body.isNested()) {
            containers = nestedSet(containers, bindings, values, body.member(), body.nested(), content);
        }
        if (containers != null) {
            containers.forEach((container, nested) -> container.set(builder, ((Buildable) nested).build()));
        }
        return ((Buildable) builder).build();
    }

    private static Map<SdkField<?>, SdkPojo> nestedSet(Map<SdkField<?>, SdkPojo> containers, MemberBinding[] bindings,
                                                       Object[] values, SdkField<?> container, SdkField<?> field,
                                                       Object value) {
        Map<SdkField<?>, SdkPojo> result = containers != null ? containers : new LinkedHashMap<>();
        SdkPojo nested = result.computeIfAbsent(container, k -> {
            Object whole = wholeValue(bindings, values, container);
            return whole instanceof ToCopyableBuilder ? (SdkPojo) ((ToCopyableBuilder<?, ?>) whole).toBuilder()
                    : container.constructor().get();
        });
        field.set(nested, value);
        return result;
    }

    /** The value given for a container member as a whole (a header of the SDK's type), if any. */
    private static Object wholeValue(MemberBinding[] bindings, Object[] values, SdkField<?> container) {
        for (int i = 0; i < bindings.length; i++) {
            if (values[i] != null && !bindings[i].isNested() && bindings[i].member() == container) {
                return values[i];
            }
        }
        return null;
    }
}
