package io.github.lambdaops.emulator.http;

import io.netty.handler.codec.http.HttpMethod;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The router: matches a request's method and path to its {@link ApiAction} once, and holds the handler bound to each
 * action. Parameters match one path segment each and are URL-decoded; trailing slashes do not matter. A template
 * that requires a query parameter ({@code /2018-10-31/layers?find=LayerVersion}, as the SDK's request URIs do) is
 * tried before the ones of the same path without it.
 */
public final class RouteTable {

    /** A handler that answers right away (in-memory state). */
    @FunctionalInterface
    public interface Action {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    /** A handler that answers later (running a function). */
    @FunctionalInterface
    public interface AsyncAction {
        CompletionStage<ApiResponse> handle(ApiRequest request) throws Exception;
    }

    /** A matched route: its action, its handler and its decoded path parameters. */
    public record Match(ApiAction action, AsyncAction handler, Map<String, String> pathParameters) {
    }

    private record Route(ApiAction action, String[] segments, Map<String, String> requiredQuery, AsyncAction handler) {
        static Route of(ApiAction action, AsyncAction handler) {
            String template = action.template();
            int question = template.indexOf('?');
            Map<String, String> requiredQuery = new HashMap<>();
            if (question >= 0) {
                for (String pair : template.substring(question + 1).split("&")) {
                    String[] nameAndValue = pair.split("=", 2);
                    requiredQuery.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
                }
            }
            String path = question < 0 ? template : template.substring(0, question);
            return new Route(action, segmentsOf(path), Map.copyOf(requiredQuery), handler);
        }

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

    public Optional<Match> match(HttpMethod method, String rawPath, Map<String, List<String>> query) {
        String[] path = segmentsOf(rawPath);
        for (Route route : routes) {
            if (route.action().method().equals(method)) {
                Map<String, String> parameters = route.match(path, query);
                if (parameters != null) {
                    return Optional.of(new Match(route.action(), route.handler(), parameters));
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

    /** Binds actions to their handlers; an action is bound at most once. */
    public static final class Builder {
        private final Map<ApiAction, AsyncAction> handlers = new EnumMap<>(ApiAction.class);

        public Builder route(ApiAction action, Action handler) {
            return routeAsync(action, request -> CompletableFuture.completedFuture(handler.handle(request)));
        }

        public Builder routeAsync(ApiAction action, AsyncAction handler) {
            if (handlers.putIfAbsent(action, handler) != null) {
                throw new IllegalStateException(action + " is bound to a handler twice");
            }
            return this;
        }

        public RouteTable build() {
            List<Route> ordered = new ArrayList<>();
            handlers.forEach((action, handler) -> ordered.add(Route.of(action, handler)));
            ordered.sort(Comparator.comparing(route -> route.requiredQuery().isEmpty()));
            return new RouteTable(ordered);
        }
    }
}
