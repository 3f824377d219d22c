package io.github.lambdaops.emulator.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** All functions of the emulated account, by region and then by name (sorted). Thread-safe. */
public final class FunctionStore {
    private final String accountId;
    private final ConcurrentMap<String, ConcurrentNavigableMap<String, LambdaFunction>> regions = new ConcurrentHashMap<>();

    public FunctionStore(String accountId) {
        this.accountId = accountId;
    }

    public String accountId() {
        return accountId;
    }

    public void add(LambdaFunction function) {
        if (functionsOf(function.region()).putIfAbsent(function.name(), function) != null) {
            throw ApiException.conflict("Function already exist: " + function.name());
        }
    }

    public LambdaFunction get(String region, String name) {
        return find(region, name).orElseThrow(() -> ApiException.functionNotFound(Arns.function(region, accountId, name)));
    }

    public Optional<LambdaFunction> find(String region, String name) {
        return Optional.ofNullable(functionsOf(region).get(name));
    }

    /** The region's functions, sorted by name. */
    public Collection<LambdaFunction> list(String region) {
        return functionsOf(region).values();
    }

    public Optional<LambdaFunction> remove(String region, String name) {
        return Optional.ofNullable(functionsOf(region).remove(name));
    }

    /** Forgets every function, returning the ones it forgot. */
    public List<LambdaFunction> clear() {
        List<LambdaFunction> removed = new ArrayList<>();
        regions.values().forEach(functions -> {
            removed.addAll(functions.values());
            functions.clear();
        });
        return removed;
    }

    private ConcurrentNavigableMap<String, LambdaFunction> functionsOf(String region) {
        return regions.computeIfAbsent(region, r -> new ConcurrentSkipListMap<>());
    }
}
