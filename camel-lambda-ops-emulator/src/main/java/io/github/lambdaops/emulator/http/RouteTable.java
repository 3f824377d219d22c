package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpMethod;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Routes requests by method and path template ({@code /2015-03-31/functions/{FunctionName}/policy}). Parameters
 * match one path segment each and are URL-decoded; trailing slashes do not matter. A template may require a query
 * parameter ({@code /2018-10-31/layers?find=LayerVersion}, as the SDK's request URIs do): such routes are tried
 * before the ones of the same path without it.
 */
public final class RouteTable {

    /** An action that answers right away (in-memory state). */
    @FunctionalInterface
    public interface Action {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    /** An action that answers later (running a function). */
    @FunctionalInterface
    public interface AsyncAction {
        CompletionStage<ApiResponse> handle(ApiRequest request) throws Exception;
    }

    /** A matched route: its action, its decoded path parameters and its API action name ({@code Invoke}). */
    public record Match(AsyncAction action, Map<String, String> pathParameters, String name) {
    }

    private record Route(String name, HttpMethod method, String[] segments, Map<String, String> requiredQuery,
                         AsyncAction action) {
        Map<String, String> match(String[] path, Map<String, List<String>> query) {
            if (path.length != segments.length) {
                return null;
            }
            for (Map.Entry<String, String> required : requiredQuery.entrySet()) {
                List<String> values = query.get(required.getKey());
                if (values == null || !values.contains(required.getValue())) {
                    return null;
                }
            }
            for (int i = 0; i < segments.length; i++) {
                if (!isParameter(segments[i]) && !segments[i].equals(path[i])) {
                    return null;
                }
            }
            Map<String, String> parameters = new HashMap<>(4);
            for (int i = 0; i < segments.length; i++) {
                if (isParameter(segments[i])) {
                    parameters.put(segments[i].substring(1, segments[i].length() - 1), decode(path[i]));
                }
            }
            return parameters;
        }
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Match> match(HttpMethod method, String rawPath) {
        return match(method, rawPath, Map.of());
    }

    public Optional<Match> match(HttpMethod method, String rawPath, Map<String, List<String>> query) {
        String[] path = segmentsOf(rawPath);
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Map<String, String> parameters = route.match(path, query);
                if (parameters != null) {
                    return Optional.of(new Match(route.action(), parameters, route.name()));
                }
            }
        }
        return Optional.empty();
    }

    private static String[] segmentsOf(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toArray(String[]::new);
    }

    private static String decode(String segment) {
        // '+' is a literal in a path, unlike in a form
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        /** A route named for its API action ({@code GetFunction}), the name fault rules refer to. */
        public Builder route(String name, HttpMethod method, String template, Action action) {
            return routeAsync(name, method, template,
                    request -> CompletableFuture.completedFuture(action.handle(request)));
        }

        public Builder routeAsync(String name, HttpMethod method, String template, AsyncAction action) {
            int question = template.indexOf('?');
            String path = question < 0 ? template : template.substring(0, question);
            Map<String, String> requiredQuery = new HashMap<>();
            if (question >= 0) {
                for (String pair : template.substring(question + 1).split("&")) {
                    String[] nameAndValue = pair.split("=", 2);
                    requiredQuery.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
                }
            }
            routes.add(new Route(name, method, segmentsOf(path), Map.copyOf(requiredQuery), action));
            return this;
        }

        public RouteTable build() {
            List<Route> ordered = new ArrayList<>(routes);
            ordered.sort(Comparator.comparing(route -> route.requiredQuery().isEmpty()));
            return new RouteTable(ordered);
        }
    }
}
