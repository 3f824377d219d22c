package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.async.AsyncInvocations;
import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.domain.Stores;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.protocols.core.OperationInfo;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the Lambda API at the SDK version we build with has a route: each request-taking method of
 * {@link LambdaAsyncClient}, and the method and request URI its {@code RequestMarshaller} sends. An SDK upgrade
 * that adds an action fails here until the emulator serves it.
 */
class RouteCoverageTest {
    @Test
    void everySdkActionHasARouteOfItsNameWithTheMethodAndPathTheSdkSends() throws Exception {
        List<String> actions = actionsOfTheSdk();
        Set<String> unrouted = new TreeSet<>();
        Stores stores = new Stores("000000000000");
        try (InvocationService invocations = new InvocationService();
             AsyncInvocations events = new AsyncInvocations(stores, invocations, 1)) {
            RouteTable routes = LambdaApi.routes(stores, invocations, events).build();
            for (String action : actions) {
                OperationInfo operation = operationOf(action);
                boolean routed = routes.match(HttpMethod.valueOf(operation.httpMethod().name()),
                                pathOf(operation.requestUri()), queryOf(operation.requestUri()))
                        .filter(match -> match.action().actionName().equals(action)).isPresent();
                if (!routed) {
                    unrouted.add(action + " " + operation.httpMethod() + " " + operation.requestUri());
                }
            }
        }

        assertThat(actions).hasSizeGreaterThanOrEqualTo(87);
        assertThat(unrouted).as("actions of the SDK without a route of their name").isEmpty();
    }

    @Test
    void aRouteThatRequiresAQueryParameterWinsOverTheSamePathWithoutIt() throws Exception {
        Stores stores = new Stores("000000000000");
        try (InvocationService invocations = new InvocationService();
             AsyncInvocations events = new AsyncInvocations(stores, invocations, 1)) {
            RouteTable routes = LambdaApi.routes(stores, invocations, events).build();

            RouteTable.Match byArn = routes.match(HttpMethod.GET, "/2018-10-31/layers",
                    Map.of("find", List.of("LayerVersion"))).orElseThrow();
            RouteTable.Match list = routes.match(HttpMethod.GET, "/2018-10-31/layers", Map.of()).orElseThrow();

            assertThat(byArn.action()).isNotSameAs(list.action());
        }
    }

    /** The names of the request-taking methods of the async client, as actions (paginator variants aside). */
    private static List<String> actionsOfTheSdk() {
        return Arrays.stream(LambdaAsyncClient.class.getMethods())
                .filter(method -> method.getParameterCount() >= 1
                        && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                        && !method.getName().endsWith("Paginator"))
                .map(Method::getParameterTypes).map(types -> types[0].getSimpleName())
                .map(request -> request.substring(0, request.length() - "Request".length()))
                .distinct().sorted().toList();
    }

    private static OperationInfo operationOf(String action) throws Exception {
        Class<?> marshaller = Class.forName("software.amazon.awssdk.services.lambda.transform." + action
                + "RequestMarshaller");
        Field binding = marshaller.getDeclaredField("SDK_OPERATION_BINDING");
        binding.setAccessible(true);
        return (OperationInfo) binding.get(null);
    }

    /** The URI's path with each {@code {Label}} replaced by a sample value. */
    private static String pathOf(String requestUri) {
        String path = requestUri.contains("?") ? requestUri.substring(0, requestUri.indexOf('?')) : requestUri;
        return path.replaceAll("\\{[^}]+}", "sample");
    }

    private static Map<String, List<String>> queryOf(String requestUri) {
        Map<String, List<String>> query = new HashMap<>();
        if (requestUri.contains("?")) {
            for (String pair : requestUri.substring(requestUri.indexOf('?') + 1).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                query.put(nameAndValue[0], List.of(nameAndValue.length > 1 ? nameAndValue[1] : ""));
            }
        }
        return query;
    }
}
