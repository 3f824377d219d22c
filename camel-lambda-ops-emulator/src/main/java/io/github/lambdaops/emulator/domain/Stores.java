package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The {@link LambdaStore} of each account and region, made on first use. Thread-safe. */
public final class Stores {
    private record Key(String accountId, String region) {
    }

    private final String accountId;
    private final StateTransitions transitions;
    private final ConcurrentMap<Key, LambdaStore> stores = new ConcurrentHashMap<>();

    public Stores(String accountId) {
        this(accountId, StateTransitions.IMMEDIATE);
    }

    /** @param accountId the account of requests that name none (unsigned, or by name) */
    public Stores(String accountId, StateTransitions transitions) {
        this.accountId = accountId;
        this.transitions = transitions;
    }

    public String accountId() {
        return accountId;
    }

    public StateTransitions transitions() {
        return transitions;
    }

    /** The store of the default account in a region. */
    public LambdaStore of(String region) {
        return of(accountId, region);
    }

    public LambdaStore of(String account, String region) {
        return stores.computeIfAbsent(new Key(account, region), key -> new LambdaStore(account, region, transitions));
    }

    /** The store a function a request names lives in. */
    public LambdaStore of(Arns.FunctionRef function) {
        return of(function.account(), function.region());
    }

    /** A layer version of any account and region, by its ARN. */
    public Optional<LayerVersion> layerVersion(String layerVersionArn) {
        return Arns.parse(layerVersionArn).filter(arn -> arn.kind() == Arns.Kind.LAYER && arn.qualifier() != null)
                .flatMap(arn -> of(arn.account(), arn.region()).layers().find(layerVersionArn));
    }

    /** The zip of a layer version, by its ARN; empty when it is unknown or its content lives in S3. */
    public Optional<byte[]> layerContent(String layerVersionArn) {
        return layerVersion(layerVersionArn).map(LayerVersion::content).filter(FunctionCode::hasZip)
                .map(FunctionCode::zipFile);
    }

    /**
     * The function URL of this id, in any account and region; empty once its config or its function is deleted.
     * Looked up afresh on every request, so that nothing can serve a URL its function no longer has.
     */
    public Optional<UrlTarget> functionUrl(String urlId) {
        for (LambdaStore store : stores.values()) {
            for (Function function : store.functions()) {
                for (var url : function.settings(Setting.URL).entrySet()) {
                    if (url.getValue().urlId().equalsIgnoreCase(urlId)) {
                        String qualifier = url.getKey().equals(Function.UNQUALIFIED) ? null : url.getKey();
                        return Optional.of(new UrlTarget(function, qualifier, url.getValue()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Forgets everything of every account and region, returning the functions it forgot. */
    public List<Function> clear() {
        List<Function> removed = new ArrayList<>();
        stores.values().forEach(store -> removed.addAll(store.clear()));
        return removed;
    }
}
