package io.github.lambdaops.camel.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.waiters.LambdaAsyncWaiter;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;
import software.amazon.awssdk.utils.builder.Buildable;

/**
 * The SDK's Lambda waiters by name ({@code functionActive} for {@code waitUntilFunctionActive}, ...), found by
 * reflection on {@link LambdaAsyncWaiter} so a waiter added by an SDK upgrade is available at once. Each polls a
 * function (GetFunction or GetFunctionConfiguration) given by name and qualifier.
 */
public final class Waiters {

    private static final String PREFIX = "waitUntil";

    private static final Map<String, Method> ASYNC = waiterMethods(LambdaAsyncWaiter.class);
    private static final Map<String, Method> SYNC = waiterMethods(LambdaWaiter.class);

    private Waiters() {
    }

    /** The valid waiter names, sorted. */
    public static List<String> names() {
        return List.copyOf(ASYNC.keySet());
    }

    /** Checks a waiter name, failing with the valid ones. */
    public static String checkName(String name, String source) {
        if (!ASYNC.containsKey(name)) {
            throw new LambdaOpsParameterException(source + " has an unknown waiter '" + name + "'; expected one of "
                    + names());
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    public static CompletableFuture<WaiterResponse<?>> await(LambdaAsyncWaiter waiter, String name,
                                                             String functionName, String qualifier) {
        Method method = ASYNC.get(checkName(name, "waitUntil"));
        return (CompletableFuture<WaiterResponse<?>>) call(method, waiter, functionName, qualifier);
    }

    public static WaiterResponse<?> await(LambdaWaiter waiter, String name, String functionName, String qualifier) {
        Method method = SYNC.get(checkName(name, "waitUntil"));
        return (WaiterResponse<?>) call(method, waiter, functionName, qualifier);
    }

    private static Object call(Method method, Object waiter, String functionName, String qualifier) {
        SdkPojo builder = builder(method.getParameterTypes()[0]);
        builder.sdkFields().forEach(field -> {
            if ("FunctionName".equals(field.memberName())) {
                field.set(builder, functionName);
            } else if ("Qualifier".equals(field.memberName()) && qualifier != null) {
                field.set(builder, qualifier);
            }
        });
        try {
            return method.invoke(waiter, ((Buildable) builder).build());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SdkPojo builder(Class<?> requestType) {
        try {
            return (SdkPojo) requestType.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(requestType + " is not an SDK request", e);
        }
    }

    private static Map<String, Method> waiterMethods(Class<?> waiterType) {
        Map<String, Method> methods = new TreeMap<>();
        for (Method method : waiterType.getMethods()) {
            if (method.getName().startsWith(PREFIX) && method.getParameterCount() == 1
                    && LambdaRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
                String name = method.getName().substring(PREFIX.length());
                methods.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), method);
            }
        }
        return Collections.unmodifiableMap(methods);
    }
}
