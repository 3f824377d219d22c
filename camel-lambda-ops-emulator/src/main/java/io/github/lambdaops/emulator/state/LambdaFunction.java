package io.github.lambdaops.emulator.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A function with everything that hangs off it: {@code $LATEST}, its published versions and their resource
 * policies, and its tags. Thread-safe: every operation is atomic (the object is its own lock).
 */
public final class LambdaFunction {
    private final String region;
    private final String accountId;
    private final String name;
    private final Map<String, String> tags;
    private final NavigableMap<Integer, FunctionVersion> published = new TreeMap<>();
    /** Statements by qualifier ({@code $LATEST} or a version number), in the order they were added. */
    private final Map<String, Map<String, PolicyStatement>> policies = new HashMap<>();
    private FunctionVersion latest;
    private int lastVersionNumber;
    /** The version last published from the current {@code $LATEST}, 0 when $LATEST changed since. */
    private int versionOfLatest;

    public LambdaFunction(String region, String accountId, FunctionVersion latest, Map<String, String> tags) {
        this.region = region;
        this.accountId = accountId;
        this.name = latest.name();
        this.latest = latest;
        this.tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    public static String newRevisionId() {
        return UUID.randomUUID().toString();
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public String arn() {
        return Arns.function(region, accountId, name);
    }

    public Map<String, String> tags() {
        return tags;
    }

    public synchronized FunctionVersion latest() {
        return latest;
    }

    /** The version a qualifier names: {@code null} or {@code $LATEST} for $LATEST, or a published number. */
    public synchronized FunctionVersion version(String qualifier) {
        if (qualifier == null || Arns.LATEST.equals(qualifier)) {
            return latest;
        }
        FunctionVersion version = isVersionNumber(qualifier) ? published.get(Integer.parseInt(qualifier)) : null;
        if (version == null) {
            throw ApiException.functionNotFound(Arns.function(region, accountId, name, qualifier));
        }
        return version;
    }

    /** $LATEST followed by the published versions in ascending order. */
    public synchronized List<FunctionVersion> versions() {
        List<FunctionVersion> all = new ArrayList<>(published.size() + 1);
        all.add(latest);
        all.addAll(published.values());
        return all;
    }

    /**
     * Publishes $LATEST as the next version, or returns the last version when $LATEST has not changed since
     * it was published, as AWS does.
     */
    public synchronized FunctionVersion publish(String expectedCodeSha256, String expectedRevisionId,
                                                String description, String lastModified) {
        FunctionConfiguration current = latest.configuration();
        requireRevision(expectedRevisionId, current.revisionId());
        if (expectedCodeSha256 != null && !expectedCodeSha256.equals(current.codeSha256())) {
            throw ApiException.invalidParameter("CodeSHA256 (" + expectedCodeSha256 + ") is different from current"
                    + " CodeSHA256 in $LATEST (" + current.codeSha256() + "). Please try again with the CodeSHA256 in $LATEST.");
        }
        if (published.containsKey(versionOfLatest)) {
            return published.get(versionOfLatest);
        }
        int number = ++lastVersionNumber;
        FunctionConfiguration configuration = current.toBuilder()
                .version(String.valueOf(number))
                .functionArn(Arns.function(region, accountId, name, String.valueOf(number)))
                .description(description != null ? description : current.description())
                .lastModified(lastModified)
                .revisionId(newRevisionId())
                .build();
        FunctionVersion version = latest.withConfiguration(configuration);
        published.put(number, version);
        versionOfLatest = number;
        return version;
    }

    /** Deletes one published version (never $LATEST, which goes only with the function). */
    public synchronized FunctionVersion deleteVersion(String qualifier) {
        if (Arns.LATEST.equals(qualifier)) {
            throw ApiException.invalidParameter("$LATEST version cannot be deleted without deleting the function.");
        }
        FunctionVersion version = version(qualifier);
        published.remove(Integer.parseInt(qualifier));
        policies.remove(qualifier);
        return version;
    }

    public synchronized void addPermission(String qualifier, PolicyStatement statement, String expectedRevisionId) {
        FunctionVersion version = version(qualifier);
        requireRevision(expectedRevisionId, version.configuration().revisionId());
        Map<String, PolicyStatement> statements = policies.computeIfAbsent(version.version(), q -> new LinkedHashMap<>());
        if (statements.containsKey(statement.sid())) {
            throw ApiException.conflict("The statement id (" + statement.sid() + ") provided already exists. Please"
                    + " choose a new statement id, or remove the existing statement.");
        }
        statements.put(statement.sid(), statement);
        touchRevision(version);
    }

    public synchronized void removePermission(String qualifier, String statementId, String expectedRevisionId) {
        FunctionVersion version = version(qualifier);
        requireRevision(expectedRevisionId, version.configuration().revisionId());
        Map<String, PolicyStatement> statements = policies.getOrDefault(version.version(), Map.of());
        if (!statements.containsKey(statementId)) {
            throw ApiException.notFound("Statement " + statementId + " is not found in resource policy.");
        }
        statements.remove(statementId);
        if (statements.isEmpty()) {
            policies.remove(version.version());
        }
        touchRevision(version);
    }

    public synchronized Optional<ResourcePolicy> policy(String qualifier) {
        Map<String, PolicyStatement> statements = policies.get(version(qualifier).version());
        return statements == null ? Optional.empty() : Optional.of(ResourcePolicy.of(List.copyOf(statements.values())));
    }

    private void touchRevision(FunctionVersion version) {
        FunctionVersion changed = version.withConfiguration(
                version.configuration().toBuilder().revisionId(newRevisionId()).build());
        if (version.isLatest()) {
            latest = changed;
        } else {
            published.put(Integer.parseInt(version.version()), changed);
        }
    }

    private static void requireRevision(String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            throw ApiException.revisionMismatch();
        }
    }

    private static boolean isVersionNumber(String qualifier) {
        return qualifier.matches("[1-9][0-9]{0,9}") && Long.parseLong(qualifier) <= Integer.MAX_VALUE;
    }
}
