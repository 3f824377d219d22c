package io.github.lambdaops.camel.binding;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * The headers one SDK request type takes, derived once from the SDK's own member metadata
 * ({@link SdkPojo#sdkFields()}) plus the flattened names of {@link FlattenedMembers}.
 */
final class RequestShape {

    private final Method builder;
    private final Map<String, MemberBinding> bindings;
    private final Set<String> required;
    private final Optional<MemberBinding> body;

    private RequestShape(Method builder, Map<String, MemberBinding> bindings, Set<String> required,
                         Optional<MemberBinding> body) {
        this.builder = builder;
        this.bindings = bindings;
        this.required = required;
        this.body = body;
    }

    static RequestShape of(Class<?> requestType, BodyRole bodyRole, Set<String> requiredMembers) {
        SdkPojo builder = newBuilder(requestType);
        Map<String, SdkField<?>> members = new LinkedHashMap<>();
        builder.sdkFields().forEach(field -> members.put(field.memberName(), field));

        Map<String, MemberBinding> bindings = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>(requiredMembers);
        for (SdkField<?> field : members.values()) {
            if (field.location() == MarshallLocation.PATH) {
                required.add(field.memberName());
            }
            if (bodyRole == BodyRole.PAYLOAD && "Payload".equals(field.memberName())) {
                continue; // the payload is the message body, never a header
            }
            String header = HeaderNames.header(field.memberName());
            bindings.put(header, new MemberBinding(header, field, null, MemberConverter.of(field, builder.getClass())));
        }
        FlattenedMembers.PATHS.forEach((property, paths) -> {
            if (members.containsKey(property)) {
                return; // a top-level member of that name wins
            }
            for (String path : paths) {
                nestedBinding(members, HeaderNames.header(property), path)
                        .ifPresent(binding -> bindings.put(binding.header(), binding));
            }
        });
        required.forEach(member -> {
            if (!members.containsKey(member)) {
                throw new IllegalStateException(requestType.getSimpleName() + " has no member " + member);
            }
        });
        return new RequestShape(builderMethod(requestType), Collections.unmodifiableMap(bindings),
                Collections.unmodifiableSet(required), bodyBinding(bodyRole, members, bindings));
    }

    private static Optional<MemberBinding> nestedBinding(Map<String, SdkField<?>> members, String header, String path) {
        int dot = path.indexOf('.');
        SdkField<?> container = members.get(path.substring(0, dot));
        if (container == null || container.marshallingType() != MarshallingType.SDK_POJO) {
            return Optional.empty();
        }
        SdkPojo nestedBuilder = container.constructor().get();
        return nestedBuilder.sdkFields().stream()
                .filter(field -> field.memberName().equals(path.substring(dot + 1)))
                .findFirst()
                .map(field -> new MemberBinding(header, container, field,
                        MemberConverter.of(field, nestedBuilder.getClass())));
    }

    private static Optional<MemberBinding> bodyBinding(BodyRole role, Map<String, SdkField<?>> members,
                                                       Map<String, MemberBinding> bindings) {
        switch (role) {
            case PAYLOAD:
                SdkField<?> payload = members.get("Payload");
                return Optional.of(new MemberBinding("body", payload, null, null));
            case DEPLOYMENT_PACKAGE:
                return Optional.of(bindings.get(HeaderNames.header("ZipFile")));
            default:
                return Optional.empty();
        }
    }

    /** A new builder of the request type. */
    SdkPojo newBuilder() {
        return newBuilder(builder);
    }

    private static SdkPojo newBuilder(Class<?> requestType) {
        return newBuilder(builderMethod(requestType));
    }

    private static SdkPojo newBuilder(Method builder) {
        try {
            return (SdkPojo) builder.invoke(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(builder.getDeclaringClass() + " is not an SDK request", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(builder.getDeclaringClass() + " has no usable builder", e.getCause());
        }
    }

    private static Method builderMethod(Class<?> requestType) {
        try {
            return requestType.getMethod("builder");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(requestType + " is not an SDK request", e);
        }
    }

    /** Header name -> binding, in the SDK's member order. */
    Map<String, MemberBinding> bindings() {
        return bindings;
    }

    /** Top-level member names that must have a value. */
    Set<String> required() {
        return required;
    }

    /** Where the message body goes, if anywhere. */
    Optional<MemberBinding> body() {
        return body;
    }

    List<String> headers() {
        return new ArrayList<>(bindings.keySet());
    }
}
