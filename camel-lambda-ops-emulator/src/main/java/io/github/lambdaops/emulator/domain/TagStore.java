package io.github.lambdaops.emulator.domain;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The tags of every taggable resource, by its ARN. Thread-safe. */
final class TagStore {
    public static final int MAX_TAGS = 50;

    private final ConcurrentMap<String, Map<String, String>> tags = new ConcurrentHashMap<>();

    /** Fails as tagging would when a new resource comes with more tags than a resource may have. */
    static void requireWithinLimit(Map<String, String> added) {
        if (added != null && added.size() > MAX_TAGS) {
            throw tooManyTags();
        }
    }

    public Map<String, String> of(String arn) {
        return tags.getOrDefault(arn, Map.of());
    }

    public void tag(String arn, Map<String, String> added) {
        tags.compute(arn, (key, current) -> {
            Map<String, String> merged = new TreeMap<>(current == null ? Map.of() : current);
            merged.putAll(added);
            if (merged.size() > MAX_TAGS) {
                throw tooManyTags();
            }
            return Map.copyOf(merged);
        });
    }

    public void untag(String arn, Collection<String> keys) {
        tags.computeIfPresent(arn, (key, current) -> {
            Map<String, String> rest = new TreeMap<>(current);
            rest.keySet().removeAll(keys);
            return rest.isEmpty() ? null : Map.copyOf(rest);
        });
    }

    /** Forgets the tags of a deleted resource. */
    public void forget(String arn) {
        tags.remove(arn);
    }

    public void clear() {
        tags.clear();
    }

    private static ApiException tooManyTags() {
        return ApiException.invalidParameter("Number of tags exceeds resource tag limit.");
    }
}
