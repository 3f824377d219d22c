package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * All functions of the emulated account, by region and then by name (sorted), and everything else the account
 * holds: layers, tags, stored configurations and resources, running invocations. Thread-safe.
 */
public final class FunctionStore {
    private final String accountId;
    private final ConcurrentMap<String, ConcurrentNavigableMap<String, LambdaFunction>> regions = new ConcurrentHashMap<>();
    private final StateTransitions transitions;
    private final StoredResources resources = new StoredResources();
    private final TagStore tags = new TagStore();
    private final LayerStore layers;
    private final RunningInvocations running = new RunningInvocations();

    public FunctionStore(String accountId) {
        this(accountId, StateTransitions.IMMEDIATE);
    }

    public FunctionStore(String accountId, StateTransitions transitions) {
        this.accountId = accountId;
        this.transitions = transitions;
        this.layers = new LayerStore(accountId);
    }

    public String accountId() {
        return accountId;
    }

    /** When created and updated resources reach their final state. */
    public StateTransitions transitions() {
        return transitions;
    }

    public StoredResources resources() {
        return resources;
    }

    public TagStore tags() {
        return tags;
    }

    /** Layers and their content, which a runtime unpacks as a function's {@code /opt}. */
    public LayerStore layers() {
        return layers;
    }

    public RunningInvocations running() {
        return running;
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

    /** Forgets every function (and layer, tag, stored resource), returning the functions it forgot. */
    public List<LambdaFunction> clear() {
        resources.clear();
        tags.clear();
        layers.clear();
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
