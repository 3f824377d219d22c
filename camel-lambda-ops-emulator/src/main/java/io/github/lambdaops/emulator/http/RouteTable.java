package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpMethod;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Routes requests by method and path template ({@code /2015-03-31/functions/{FunctionName}/policy}). Parameters
 * match one path segment each and are URL-decoded; trailing slashes do not matter.
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

    private record Route(HttpMethod method, String[] segments, AsyncAction action, String name) {
        Map<String, String> match(String[] path) {
            if (path.length != segments.length) {
                return null;
            }
            Map<String, String> parameters = new HashMap<>(4);
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.startsWith("{")) {
                    parameters.put(segment.substring(1, segment.length() - 1), decode(path[i]));
                } else if (!segment.equals(path[i])) {
                    return null;
                }
            }
            return parameters;
        }
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Match> match(HttpMethod method, String rawPath) {
        String[] path = segmentsOf(rawPath);
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Map<String, String> parameters = route.match(path);
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

        public Builder route(HttpMethod method, String template, Action action) {
            return route(method + " " + template, method, template, action);
        }

        public Builder routeAsync(HttpMethod method, String template, AsyncAction action) {
            return routeAsync(method + " " + template, method, template, action);
        }

        /** A route named for its API action ({@code GetFunction}), the name fault rules and metrics refer to. */
        public Builder route(String name, HttpMethod method, String template, Action action) {
            return routeAsync(name, method, template,
                    request -> CompletableFuture.completedFuture(action.handle(request)));
        }

        public Builder routeAsync(String name, HttpMethod method, String template, AsyncAction action) {
            routes.add(new Route(method, segmentsOf(template), action, name));
            return this;
        }

        public RouteTable build() {
            return new RouteTable(routes);
        }
    }
}
