package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The layers of one account and region and their versions, with each version's permissions. The zip of a version is kept, so that a runtime
 * can unpack the layers of a function (its {@code /opt}): see {@link #content(String)}. Thread-safe (the store is
 * its own lock).
 */
public final class LayerStore {
    private record Layer(NavigableMap<Long, LayerVersion> versions, long[] lastVersion) {
    }

    private final String region;
    private final String accountId;
    /** Layers by ARN (which holds the region), sorted. */
    private final NavigableMap<String, Layer> layers = new TreeMap<>();
    /** Statements of each version's policy by layer version ARN, in the order they were added. */
    private final Map<String, Map<String, PolicyStatement>> policies = new LinkedHashMap<>();
    private final Map<String, String> policyRevisions = new LinkedHashMap<>();

    LayerStore(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    public String layerArn(String name) {
        return Arns.layer(region, accountId, name);
    }

    /** Publishes the next version of a layer (1 for a new one; numbers are never reused). */
    public synchronized LayerVersion publish(String layerArn, LongFunction<LayerVersion> versionOf) {
        Layer layer = layers.computeIfAbsent(layerArn, arn -> new Layer(new TreeMap<>(), new long[1]));
        long number = ++layer.lastVersion()[0];
        LayerVersion version = versionOf.apply(number);
        layer.versions().put(number, version);
        return version;
    }

    public synchronized Optional<LayerVersion> find(String layerArn, long version) {
        Layer layer = layers.get(layerArn);
        return layer == null ? Optional.empty() : Optional.ofNullable(layer.versions().get(version));
    }

    public LayerVersion get(String layerArn, long version) {
        return find(layerArn, version).orElseThrow(ApiException::resourceNotFound);
    }

    /** A version whose policy a request acts on; AWS names the missing version in this answer. */
    public LayerVersion withPolicy(String layerArn, long version) {
        return find(layerArn, version).orElseThrow(() -> ApiException.notFound("Layer version "
                + Arns.qualify(layerArn, String.valueOf(version)) + " does not exist."));
    }

    /** Deletes a version; deleting one that does not exist does nothing, as in AWS. */
    public synchronized void delete(String layerArn, long version) {
        Layer layer = layers.get(layerArn);
        LayerVersion removed = layer == null ? null : layer.versions().remove(version);
        if (removed != null) {
            policies.remove(removed.layerVersionArn());
            policyRevisions.remove(removed.layerVersionArn());
        }
    }

    /** A layer's versions, newest first. */
    public synchronized List<LayerVersion> versions(String layerArn) {
        Layer layer = layers.get(layerArn);
        return layer == null ? List.of() : new ArrayList<>(layer.versions().descendingMap().values());
    }

    /** The ARNs of the layers that have versions, sorted. */
    public synchronized List<String> layerArns() {
        return layers.entrySet().stream()
                .filter(entry -> !entry.getValue().versions().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** A layer version by its ARN ({@code arn:aws:lambda:REGION:ACCOUNT:layer:NAME:VERSION}). */
    public Optional<LayerVersion> find(String layerVersionArn) {
        return Arns.parse(layerVersionArn)
                .filter(arn -> arn.kind() == Arns.Kind.LAYER && arn.qualifier() != null
                        && arn.qualifier().matches("[0-9]{1,18}"))
                .flatMap(arn -> find(layerArn(arn.name()), Long.parseLong(arn.qualifier())));
    }

    public synchronized String addPermission(LayerVersion version, PolicyStatement statement, String expectedRevisionId) {
        String arn = version.layerVersionArn();
        requireRevision(arn, expectedRevisionId);
        Map<String, PolicyStatement> statements = policies.computeIfAbsent(arn, a -> new LinkedHashMap<>());
        if (statements.containsKey(statement.sid())) {
            throw ApiException.duplicateStatement(statement.sid());
        }
        statements.put(statement.sid(), statement);
        return touch(arn);
    }

    public synchronized void removePermission(LayerVersion version, String statementId, String expectedRevisionId) {
        String arn = version.layerVersionArn();
        requireRevision(arn, expectedRevisionId);
        Map<String, PolicyStatement> statements = policies.getOrDefault(arn, Map.of());
        if (statements.remove(statementId) == null) {
            throw ApiException.notFound("Statement " + statementId + " is not found in resource policy.");
        }
        touch(arn);
    }

    /** The policy of a version and its revision id, or empty when it has no statement. */
    public synchronized Optional<ResourcePolicy.Revised> policy(LayerVersion version) {
        String arn = version.layerVersionArn();
        Map<String, PolicyStatement> statements = policies.get(arn);
        if (statements == null || statements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResourcePolicy.Revised(ResourcePolicy.of(List.copyOf(statements.values())),
                policyRevisions.get(arn)));
    }

    synchronized void clear() {
        layers.clear();
        policies.clear();
        policyRevisions.clear();
    }

    /** Total size of the stored layer versions, for account usage. */
    public synchronized long totalCodeSize() {
        return layers.values().stream().flatMap(layer -> layer.versions().values().stream())
                .mapToLong(LayerVersion::codeSize).sum();
    }

    private String touch(String arn) {
        String revision = Function.newRevisionId();
        policyRevisions.put(arn, revision);
        return revision;
    }

    private void requireRevision(String arn, String expected) {
        if (expected != null && !expected.equals(policyRevisions.get(arn))) {
            throw ApiException.revisionMismatch("GetLayerPolicy");
        }
    }
}
