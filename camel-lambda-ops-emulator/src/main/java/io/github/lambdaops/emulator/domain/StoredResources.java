package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Resources the emulator only stores and returns (configurations of a function, event source mappings, code
 * signing configs, ...): JSON documents in the API's shape, by kind and then by key (sorted). Documents are
 * immutable maps; every operation is atomic. Thread-safe.
 */
public final class StoredResources {
    private final ConcurrentMap<String, ConcurrentNavigableMap<String, Map<String, Object>>> kinds =
            new ConcurrentHashMap<>();

    public Optional<Map<String, Object>> get(String kind, String key) {
        return Optional.ofNullable(of(kind).get(key));
    }

    public Map<String, Object> require(String kind, String key, Supplier<ApiException> notFound) {
        return get(kind, key).orElseThrow(notFound);
    }

    /** Stores a document, replacing any other under its key. */
    public Map<String, Object> put(String kind, String key, Map<String, Object> document) {
        Map<String, Object> stored = immutable(document);
        of(kind).put(key, stored);
        return stored;
    }

    /** Stores a document unless one exists under its key, which fails with {@code conflict}. */
    public Map<String, Object> create(String kind, String key, Map<String, Object> document,
                                      Supplier<ApiException> conflict) {
        Map<String, Object> stored = immutable(document);
        if (of(kind).putIfAbsent(key, stored) != null) {
            throw conflict.get();
        }
        return stored;
    }

    /** Replaces an existing document by what {@code change} makes of it, atomically. */
    public Map<String, Object> update(String kind, String key, UnaryOperator<Map<String, Object>> change,
                                      Supplier<ApiException> notFound) {
        Map<String, Object> updated = of(kind).computeIfPresent(key, (k, current) -> immutable(change.apply(current)));
        if (updated == null) {
            throw notFound.get();
        }
        return updated;
    }

    /**
     * Replaces a document by what {@code change} makes of it, atomically, if it exists; {@code change} may answer
     * the document unchanged (the same instance) to leave it as it is.
     */
    public void updateIfPresent(String kind, String key, UnaryOperator<Map<String, Object>> change) {
        of(kind).computeIfPresent(key, (k, current) -> {
            Map<String, Object> changed = change.apply(current);
            return changed == current ? current : immutable(changed);
        });
    }

    public Optional<Map<String, Object>> remove(String kind, String key) {
        return Optional.ofNullable(of(kind).remove(key));
    }

    /** The documents of a kind, sorted by key. */
    public List<Map<String, Object>> list(String kind) {
        return new ArrayList<>(of(kind).values());
    }

    /** The documents of a kind whose key matches, sorted by key. */
    public List<Map<String, Object>> list(String kind, Predicate<String> key) {
        return of(kind).entrySet().stream().filter(entry -> key.test(entry.getKey())).map(Map.Entry::getValue).toList();
    }

    /** The documents of a kind whose key matches, with their keys, sorted by key. */
    public List<Map.Entry<String, Map<String, Object>>> entries(String kind, Predicate<String> key) {
        return of(kind).entrySet().stream().filter(entry -> key.test(entry.getKey()))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
    }

    /** Forgets the documents of every kind whose key matches (what hung off a deleted function, ...). */
    public void removeAll(Predicate<String> key) {
        kinds.values().forEach(documents -> documents.keySet().removeIf(key));
    }

    public void clear() {
        kinds.clear();
    }

    private ConcurrentNavigableMap<String, Map<String, Object>> of(String kind) {
        return kinds.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>());
    }

    private static Map<String, Object> immutable(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        document.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
