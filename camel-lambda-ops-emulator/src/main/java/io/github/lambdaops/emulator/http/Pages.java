package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Marker/MaxItems pagination over a list in a stable order. A marker is the opaque key of the first item of the
 * next page, so a page stays right when items before it are deleted in between.
 */
final class Pages {
    private static final int DEFAULT_MAX_ITEMS = 50;
    private static final int LIMIT = 10_000;

    record Page<T>(List<T> items, String nextMarker) {
    }

    private Pages() {
    }

    /** @param keyOf a key of each item that sorts as the list does */
    static <T> Page<T> of(List<T> sorted, Function<T, String> keyOf, ApiRequest request) {
        int maxItems = maxItems(request.query("MaxItems"));
        String marker = request.query("Marker");
        int from = 0;
        if (marker != null && !marker.isEmpty()) {
            String key = decode(marker);
            while (from < sorted.size() && keyOf.apply(sorted.get(from)).compareTo(key) < 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + maxItems);
        String nextMarker = to < sorted.size() ? encode(keyOf.apply(sorted.get(to))) : null;
        return new Page<>(sorted.subList(from, to), nextMarker);
    }

    private static int maxItems(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_MAX_ITEMS;
        }
        int maxItems;
        try {
            maxItems = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.constraintViolation(value, "maxItems", "Member must be a number");
        }
        if (maxItems < 1) {
            throw ApiException.constraintViolation(value, "maxItems", "Member must have value greater than or equal to 1");
        }
        if (maxItems > LIMIT) {
            throw ApiException.constraintViolation(value, "maxItems",
                    "Member must have value less than or equal to " + LIMIT);
        }
        return maxItems;
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("Invalid Marker: " + marker);
        }
    }
}
