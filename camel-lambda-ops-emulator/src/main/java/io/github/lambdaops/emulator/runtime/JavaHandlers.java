package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.FunctionHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a Java handler setting ({@code pkg.Class::method} or {@code pkg.Class}) into a {@link FunctionHandler} that
 * converts the event to the handler's input type and its result to JSON, as AWS's Java runtime does. The handler
 * object is created once, here (the cold start), and reused by every invocation.
 */
final class JavaHandlers {

    private enum Parameter { EVENT, INPUT_STREAM, OUTPUT_STREAM, CONTEXT }

    private JavaHandlers() {
    }

    @SuppressWarnings("unchecked")
    static FunctionHandler create(String handler, ClassLoader loader, ObjectMapper json) throws Exception {
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? null : handler.substring(separator + 2);
        Class<?> type = loadClass(className, loader);
        boolean interfaceMethod = methodName == null || methodName.equals("handleRequest");
        if (interfaceMethod && RequestStreamHandler.class.isAssignableFrom(type)) {
            RequestStreamHandler streamHandler = (RequestStreamHandler) newInstance(type);
            return (event, context) -> {
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                streamHandler.handleRequest(new ByteArrayInputStream(event), output, context);
                return output.toByteArray();
            };
        }
        if (interfaceMethod && RequestHandler.class.isAssignableFrom(type)) {
            JavaType[] typeArguments = json.getTypeFactory().findTypeParameters(type, RequestHandler.class);
            JavaType input = typeArguments.length > 0 ? typeArguments[0] : json.constructType(Object.class);
            RequestHandler<Object, Object> requestHandler = (RequestHandler<Object, Object>) newInstance(type);
            return (event, context) -> json.writeValueAsBytes(
                    requestHandler.handleRequest(readEvent(json, event, input), context));
        }
        if (methodName == null) {
            throw new FunctionFailure("java.lang.NoSuchMethodException", "Class " + className + " implements neither"
                    + " RequestHandler nor RequestStreamHandler: name its handler method as " + className + "::method");
        }
        return methodHandler(type, methodName, json);
    }

    private static FunctionHandler methodHandler(Class<?> type, String methodName, ObjectMapper json) throws Exception {
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic())
                .filter(m -> parametersOf(m) != null)
                .max(Comparator.comparingInt(Method::getParameterCount))
                .orElseThrow(() -> new FunctionFailure("java.lang.NoSuchMethodException", "No public method named "
                        + methodName + " with appropriate method signature found on class " + type.getName()));
        List<Parameter> parameters = parametersOf(method);
        JavaType input = parameters.contains(Parameter.EVENT)
                ? json.getTypeFactory().constructType(method.getGenericParameterTypes()[0]) : null;
        Object target = Modifier.isStatic(method.getModifiers()) ? null : newInstance(type);
        trySetAccessible(method);
        return (event, context) -> {
            ByteArrayOutputStream output = null;
            Object[] arguments = new Object[parameters.size()];
            for (int i = 0; i < arguments.length; i++) {
                switch (parameters.get(i)) {
                    case EVENT -> arguments[i] = readEvent(json, event, input);
                    case INPUT_STREAM -> arguments[i] = new ByteArrayInputStream(event);
                    case OUTPUT_STREAM -> arguments[i] = output = new ByteArrayOutputStream();
                    case CONTEXT -> arguments[i] = context;
                }
            }
            Object result = invoke(method, target, arguments);
            return output != null ? output.toByteArray() : json.writeValueAsBytes(result);
        };
    }

    /** The roles of a method's parameters, or null when AWS's Java runtime could not call it. */
    private static List<Parameter> parametersOf(Method method) {
        List<Parameter> parameters = Arrays.stream(method.getParameterTypes()).map(JavaHandlers::roleOf).toList();
        boolean streams = parameters.contains(Parameter.INPUT_STREAM) || parameters.contains(Parameter.OUTPUT_STREAM);
        boolean valid = parameters.stream().distinct().count() == parameters.size()
                && !(streams && parameters.contains(Parameter.EVENT))
                && (!parameters.contains(Parameter.CONTEXT) || parameters.get(parameters.size() - 1) == Parameter.CONTEXT)
                && (!parameters.contains(Parameter.EVENT) || parameters.get(0) == Parameter.EVENT)
                && (!parameters.contains(Parameter.OUTPUT_STREAM) || parameters.indexOf(Parameter.INPUT_STREAM) == 0);
        return valid ? parameters : null;
    }

    private static Parameter roleOf(Class<?> type) {
        if (type == Context.class) {
            return Parameter.CONTEXT;
        }
        if (type == InputStream.class) {
            return Parameter.INPUT_STREAM;
        }
        return type == OutputStream.class ? Parameter.OUTPUT_STREAM : Parameter.EVENT;
    }

    private static Object readEvent(ObjectMapper json, byte[] event, JavaType type) {
        if (event.length == 0) {
            return null;
        }
        try {
            return json.readValue(event, type);
        } catch (IOException e) {
            throw new RuntimeException("An error occurred during JSON parsing", e);
        }
    }

    private static Class<?> loadClass(String className, ClassLoader loader) throws FunctionFailure {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new FunctionFailure("java.lang.ClassNotFoundException", "Class not found: " + className);
        }
    }

    private static Object newInstance(Class<?> type) throws Exception {
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new FunctionFailure("java.lang.NoSuchMethodException",
                    "Class " + type.getName() + " has no public zero-argument constructor");
        }
        trySetAccessible(constructor);
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        }
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        }
    }

    private static Exception rethrow(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof Exception exception ? exception : new RuntimeException(cause);
    }

    private static void trySetAccessible(java.lang.reflect.AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException ignored) {
            // a public member of a public class needs no help; anything else then fails when called
        }
    }
}
