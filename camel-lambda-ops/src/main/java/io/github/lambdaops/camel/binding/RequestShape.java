package io.github.lambdaops.camel.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import java.util.stream.IntStream;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * The headers one SDK request type takes, derived once from the SDK's own member metadata
 * ({@link SdkPojo#sdkFields()}) plus the flattened names of {@link FlattenedMembers}.
 */
final class RequestShape {

    private final MethodHandle builder;
    private final Map<String, MemberBinding> bindings;
    private final MemberBinding[] bindingArray;
    private final RequiredMember[] required;
    private final Optional<MemberBinding> body;

    /** A member the request needs: it has a value when one of these bindings does, or the body if it fills it. */
    record RequiredMember(String name, int[] bindings, boolean fromBody) {
    }

    private RequestShape(MethodHandle builder, Map<String, MemberBinding> bindings, Set<String> required,
                         Optional<MemberBinding> body) {
        this.builder = builder;
        this.bindings = bindings;
        this.bindingArray = bindings.values().toArray(new MemberBinding[0]);
        this.body = body;
        this.required = required.stream().map(this::requiredMember).toArray(RequiredMember[]::new);
    }

    private RequiredMember requiredMember(String name) {
        int[] sources = IntStream.range(0, bindingArray.length)
                .filter(i -> bindingArray[i].member().memberName().equals(name)).toArray();
        return new RequiredMember(name, sources, body.filter(b -> b.member().memberName().equals(name)).isPresent());
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
            bindings.put(header, MemberBinding.of(header, field, null, MemberConverter.of(field, builder.getClass())));
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
        return new RequestShape(builderHandle(requestType), Collections.unmodifiableMap(bindings),
                required, bodyBinding(bodyRole, members, bindings));
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
                .map(field -> MemberBinding.of(header, container, field,
                        MemberConverter.of(field, nestedBuilder.getClass())));
    }

    private static Optional<MemberBinding> bodyBinding(BodyRole role, Map<String, SdkField<?>> members,
                                                       Map<String, MemberBinding> bindings) {
        switch (role) {
            case PAYLOAD:
                SdkField<?> payload = members.get("Payload");
                return Optional.of(MemberBinding.of("body", payload, null, null));
            case DEPLOYMENT_PACKAGE:
                return Optional.of(bindings.get(HeaderNames.header("ZipFile")));
            default:
                return Optional.empty();
        }
    }

    /** A new builder of the request type. */
    SdkPojo newBuilder() {
        try {
            Object pojo = builder.invokeExact();
            return (SdkPojo) pojo;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static SdkPojo newBuilder(Class<?> requestType) {
        try {
            return (SdkPojo) builderMethod(requestType).invoke(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(requestType + " is not an SDK request", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(requestType + " has no usable builder", e.getCause());
        }
    }

    private static Method builderMethod(Class<?> requestType) {
        try {
            return requestType.getMethod("builder");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(requestType + " is not an SDK request", e);
        }
    }

    /** The request type's static builder(), as a handle that returns Object: cheaper per call than reflection. */
    private static MethodHandle builderHandle(Class<?> requestType) {
        try {
            return MethodHandles.publicLookup().unreflect(builderMethod(requestType))
                    .asType(MethodType.methodType(Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(requestType + " is not an SDK request", e);
        }
    }

    /** Header name -> binding, in the SDK's member order. */
    Map<String, MemberBinding> bindings() {
        return bindings;
    }

    /** The bindings in the SDK's member order, as an array the binder indexes its values by. */
    MemberBinding[] bindingArray() {
        return bindingArray;
    }

    /** Top-level members that must have a value. */
    RequiredMember[] required() {
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
