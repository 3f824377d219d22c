package io.github.lambdaops.camel.client;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The SDK client methods of one operation, found once by reflection on {@link LambdaAsyncClient} and
 * {@link LambdaClient} from the operation's name and request type: the call itself and, where the SDK has one, its
 * paginator ({@code listFunctionsPaginator}) with the list member that holds each page's items.
 */
public final class ClientMethods {

    private static final MethodType CALL = MethodType.methodType(Object.class, Object.class, Object.class);

    private final String operation;
    private final MethodHandle asyncCall;
    private final MethodHandle syncCall;
    private final MethodHandle asyncPages;
    private final MethodHandle syncPages;
    private final SdkField<?> pageItems;

    private ClientMethods(String operation, MethodHandle asyncCall, MethodHandle syncCall, MethodHandle asyncPages,
                          MethodHandle syncPages, SdkField<?> pageItems) {
        this.operation = operation;
        this.asyncCall = asyncCall;
        this.syncCall = syncCall;
        this.asyncPages = asyncPages;
        this.syncPages = syncPages;
        this.pageItems = pageItems;
    }

    /**
     * @throws IllegalStateException when the asynchronous client has no such method: the enum and the SDK disagree
     */
    public static ClientMethods of(String operation, Class<?> requestType) {
        Method async = find(LambdaAsyncClient.class, operation, requestType);
        Method sync = find(LambdaClient.class, operation, requestType);
        Method asyncPages = find(LambdaAsyncClient.class, operation + "Paginator", requestType);
        Method syncPages = find(LambdaClient.class, operation + "Paginator", requestType);
        if (async == null && !hasStreamingVariant(operation, requestType)) {
            throw new IllegalStateException("LambdaAsyncClient has no method " + operation + "("
                    + requestType.getSimpleName() + ")");
        }
        SdkField<?> items = sync != null && syncPages != null ? listMember(sync.getReturnType()) : null;
        return new ClientMethods(operation, handle(async), handle(sync), handle(asyncPages), handle(syncPages),
                items);
    }

    public boolean hasSyncCall() {
        return syncCall != null;
    }

    /** Whether the SDK has a paginator for the operation, so {@code pagination=all} applies. */
    public boolean isPaginated() {
        return asyncPages != null && pageItems != null;
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<Object> call(LambdaAsyncClient client, Object request) {
        if (asyncCall == null) {
            throw new UnsupportedOperationException(operation + " takes a response handler besides the request");
        }
        return (CompletableFuture<Object>) invoke(asyncCall, client, request);
    }

    public Object call(LambdaClient client, Object request) {
        if (syncCall == null) {
            throw new UnsupportedOperationException("LambdaClient has no " + operation
                    + "; use an asynchronous LambdaAsyncClient");
        }
        return invoke(syncCall, client, request);
    }

    /** Every item of every page (the FunctionConfigurations of listFunctions...), fetched with the SDK's paginator. */
    public CompletableFuture<List<Object>> allItems(LambdaAsyncClient client, Object request) {
        List<Object> items = Collections.synchronizedList(new ArrayList<>());
        SdkPublisher<?> pages = (SdkPublisher<?>) invoke(asyncPages, client, request);
        return pages.subscribe(page -> items.addAll(pageItems(page))).thenApply(done -> new ArrayList<>(items));
    }

    public List<Object> allItems(LambdaClient client, Object request) {
        List<Object> items = new ArrayList<>();
        for (Object page : (SdkIterable<?>) invoke(syncPages, client, request)) {
            items.addAll(pageItems(page));
        }
        return items;
    }

    private List<?> pageItems(Object page) {
        List<?> items = (List<?>) pageItems.getValueOrDefault(page);
        return items == null ? List.of() : items;
    }

    private static Object invoke(MethodHandle handle, Object client, Object request) {
        try {
            return handle.invokeExact(client, request);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method find(Class<?> client, String name, Class<?> requestType) {
        try {
            return client.getMethod(name, requestType);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static boolean hasStreamingVariant(String name, Class<?> requestType) {
        for (Method method : LambdaAsyncClient.class.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 2
                    && method.getParameterTypes()[0] == requestType) {
                return true;
            }
        }
        return false;
    }

    private static MethodHandle handle(Method method) {
        if (method == null) {
            return null;
        }
        try {
            return MethodHandles.publicLookup().unreflect(method).asType(CALL);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one list member of a paginated response: {@code Functions} of ListFunctionsResponse. */
    private static SdkField<?> listMember(Class<?> responseType) {
        SdkPojo builder;
        try {
            builder = (SdkPojo) responseType.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(responseType + " is not an SDK response", e);
        }
        List<SdkField<?>> lists = new ArrayList<>();
        for (SdkField<?> field : builder.sdkFields()) {
            if (field.marshallingType() == MarshallingType.LIST) {
                lists.add(field);
            }
        }
        return lists.size() == 1 ? lists.get(0) : null;
    }
}
