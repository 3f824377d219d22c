package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * A function with everything it owns: {@code $LATEST}, its published versions and their policies, its aliases, and
 * the {@link Setting}s of it and of each qualifier (typed immutable values, replaced under the function's lock, so
 * a reader never sees half an update; deleting a version or alias deletes its settings). Creating, updating and publishing go through AWS's intermediate states
 * ({@code State: Pending}, {@code LastUpdateStatus: InProgress}) for the delay of its {@link StateTransitions}.
 * Thread-safe: every operation is atomic (the object is its own lock).
 */
public final class Function {
    /** The qualifier key of settings of the function itself (no version or alias). */
    public static final String UNQUALIFIED = "";

    private final String region;
    private final String accountId;
    private final String name;
    private final String arn;
    private final Map<Setting<?>, NavigableMap<String, ?>> settings = new HashMap<>();
    private final NavigableMap<Integer, FunctionVersion> published = new TreeMap<>();
    /** Statements by qualifier ({@code $LATEST} or a version number), in the order they were added. */
    private final Map<String, Map<String, PolicyStatement>> policies = new HashMap<>();
    private final NavigableMap<String, Alias> aliases = new TreeMap<>();
    private final StateTransitions transitions;
    private FunctionVersion latest;
    private int lastVersionNumber;
    /** The version last published from the current {@code $LATEST}, 0 when $LATEST changed since. */
    private int versionOfLatest;
    /** Invocations of any version or alias running now, which reserved concurrency bounds. */
    private int runningInvocations;

    /** A new function, Pending until {@link #created} lets its transitions make it Active. */
    public Function(String region, String accountId, FunctionVersion latest, StateTransitions transitions) {
        this.region = region;
        this.accountId = accountId;
        this.name = latest.name();
        this.arn = Arns.function(region, accountId, name);
        this.transitions = transitions;
        this.latest = latest.withConfiguration(creating(latest.configuration()));
    }

    /**
     * What CreateFunction answers once the function is stored: $LATEST (or, with {@code publish}, version 1) as
     * created, Pending; it becomes Active when the transition delay has passed (at once for a zero delay, so that
     * the next request already finds it Active, though the answer says Pending as AWS's does).
     */
    public synchronized FunctionVersion created(boolean publish, String lastModified) {
        FunctionVersion answered = publish ? publish(null, null, null, lastModified) : latest;
        transitions.after(() -> settle(Arns.LATEST));
        return answered;
    }

    private static FunctionConfiguration creating(FunctionConfiguration configuration) {
        return configuration.toBuilder().state(FunctionConfiguration.PENDING, "The function is being created.",
                "Creating").lastUpdateStatus(null, null, null).build();
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
        return arn;
    }

    public String accountId() {
        return accountId;
    }

    /** This function's ARN with a qualifier, or unqualified for null. */
    public String arn(String qualifier) {
        return Arns.function(region, accountId, name, qualifier);
    }

    // Settings of the function and of its qualifiers.

    /** The value of a setting of a qualifier ({@link #UNQUALIFIED} for the function). */
    public synchronized <T> Optional<T> setting(Setting<T> setting, String qualifier) {
        return Optional.ofNullable(values(setting).get(qualifier));
    }

    /** Sets a setting of a qualifier, replacing its value. */
    public synchronized <T> T putSetting(Setting<T> setting, String qualifier, T value) {
        values(setting).put(qualifier, value);
        return value;
    }

    /** Sets a setting of a qualifier that has none; empty when it was set, else the value it already has. */
    public synchronized <T> Optional<T> putSettingIfAbsent(Setting<T> setting, String qualifier, T value) {
        return Optional.ofNullable(values(setting).putIfAbsent(qualifier, value));
    }

    /** Replaces the value of a setting by what {@code change} makes of it; empty when it has none. */
    public synchronized <T> Optional<T> updateSetting(Setting<T> setting, String qualifier, UnaryOperator<T> change) {
        return Optional.ofNullable(values(setting).computeIfPresent(qualifier, (key, current) -> change.apply(current)));
    }

    public synchronized <T> Optional<T> removeSetting(Setting<T> setting, String qualifier) {
        return Optional.ofNullable(values(setting).remove(qualifier));
    }

    /** The values of a setting by qualifier (sorted as their ARNs are: the function, $LATEST, versions, aliases). */
    public synchronized <T> NavigableMap<String, T> settings(Setting<T> setting) {
        return new TreeMap<>(values(setting));
    }

    @SuppressWarnings("unchecked")
    private <T> NavigableMap<String, T> values(Setting<T> setting) {
        return (NavigableMap<String, T>) settings.computeIfAbsent(setting, s -> new TreeMap<String, T>());
    }

    private void forgetSettings(String qualifier) {
        settings.values().forEach(values -> values.remove(qualifier));
    }

    // Reserved concurrency: the one place that decides whether an invocation may run or is throttled.

    /**
     * A place for one more invocation of this function (any version or alias, whatever invokes it), unless as many
     * run as its reserved concurrency (0: always): then empty, and the invocation is throttled
     * ({@link ApiException#reservedConcurrencyExceeded()} for a synchronous caller). The place is held until the
     * slot is released.
     */
    public synchronized Optional<ConcurrencySlot> tryStartInvocation() {
        Optional<Integer> reserved = setting(Setting.RESERVED_CONCURRENCY, UNQUALIFIED);
        if (reserved.isPresent() && runningInvocations >= reserved.get()) {
            return Optional.empty();
        }
        runningInvocations++;
        return Optional.of(new ConcurrencySlot(this));
    }

    synchronized void invocationEnded() {
        runningInvocations--;
    }

    public synchronized FunctionVersion latest() {
        return latest;
    }

    /**
     * The version a qualifier names: {@code null} or {@code $LATEST} for $LATEST, a published number, or an alias
     * (the version it points at).
     */
    public synchronized FunctionVersion version(String qualifier) {
        if (qualifier == null || Arns.LATEST.equals(qualifier)) {
            return latest;
        }
        Alias alias = aliases.get(qualifier);
        if (alias != null) {
            return version(alias.functionVersion());
        }
        FunctionVersion version = isVersionNumber(qualifier) ? published.get(Integer.parseInt(qualifier)) : null;
        if (version == null) {
            throw ApiException.functionNotFound(arn(qualifier));
        }
        return version;
    }

    /**
     * Requires a qualifier (if any) to name $LATEST, a published version or an alias, answering a missing one as
     * the actions that look aliases up first do ({@link ApiException#qualifierNotFound}).
     */
    public synchronized void requireQualifier(String qualifier) {
        if (!hasQualifier(qualifier)) {
            throw ApiException.qualifierNotFound(arn, qualifier);
        }
    }

    /** Whether a qualifier (if any) names $LATEST, a published version or an alias. */
    public synchronized boolean hasQualifier(String qualifier) {
        return qualifier == null || Arns.LATEST.equals(qualifier) || aliases.containsKey(qualifier)
                || (isVersionNumber(qualifier) && published.containsKey(Integer.parseInt(qualifier)));
    }

    /**
     * The version one invocation of a qualifier runs: for an alias with a routing config, one of its versions,
     * picked at random by their weights; otherwise {@link #version(String)}.
     */
    public synchronized FunctionVersion versionToInvoke(String qualifier) {
        Alias alias = qualifier == null ? null : aliases.get(qualifier);
        FunctionVersion version = alias == null ? version(qualifier)
                : version(alias.pickVersion(ThreadLocalRandom.current().nextDouble()));
        if (FunctionConfiguration.PENDING.equals(version.configuration().state())) {
            throw ApiException.notReady("The function is currently in the following state: Pending");
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
     * it was published, as AWS does. A version published while $LATEST is being created or updated is Pending
     * until the transition delay has passed; publishing gives $LATEST a new RevisionId.
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
                .functionArn(arn(String.valueOf(number)))
                .description(description != null ? description : current.description())
                .lastModified(lastModified)
                .revisionId(newRevisionId())
                .build();
        boolean settled = isSettled(current);
        FunctionVersion version = latest.withConfiguration(settled ? configuration : creating(configuration));
        published.put(number, version);
        versionOfLatest = number;
        latest = latest.withConfiguration(current.toBuilder().revisionId(newRevisionId()).build());
        if (!settled) {
            transitions.after(() -> settle(String.valueOf(number)));
        }
        return version;
    }

    /** PublishVersion: {@link #publish}, refused (409) while $LATEST is Pending or an update is in progress. */
    public synchronized FunctionVersion publishSettled(String expectedCodeSha256, String expectedRevisionId,
                                                       String description, String lastModified) {
        requireSettled(latest.configuration());
        return publish(expectedCodeSha256, expectedRevisionId, description, lastModified);
    }

    /**
     * Changes $LATEST (its code or its configuration), with a new RevisionId, and answers it with LastUpdateStatus
     * InProgress (and, with {@code publish}, the version published from it, Pending); the update completes when the
     * transition delay has passed. Fails while the function is Pending or another update is in progress.
     */
    public synchronized FunctionVersion update(UnaryOperator<FunctionConfiguration.Builder> change, FunctionCode code,
                                               String expectedRevisionId, String lastModified, boolean publish) {
        FunctionConfiguration current = latest.configuration();
        requireRevision(expectedRevisionId, current.revisionId());
        requireSettled(current);
        FunctionConfiguration.Builder changed = change.apply(current.toBuilder())
                .lastModified(lastModified)
                .revisionId(newRevisionId())
                .lastUpdateStatus(FunctionConfiguration.IN_PROGRESS, "The function is being created.", "Creating");
        latest = new FunctionVersion(changed.build(), code != null ? code : latest.code());
        versionOfLatest = 0;
        FunctionVersion answered = publish ? publish(null, null, null, lastModified) : latest;
        transitions.after(() -> settle(Arns.LATEST));
        return answered;
    }

    private void requireSettled(FunctionConfiguration current) {
        if (FunctionConfiguration.PENDING.equals(current.state())) {
            throw ApiException.notReady("The function is currently in the following state: Pending");
        }
        if (FunctionConfiguration.IN_PROGRESS.equals(current.lastUpdateStatus())) {
            throw ApiException.notReady("An update is in progress for resource: " + arn());
        }
    }

    private static boolean isSettled(FunctionConfiguration configuration) {
        return !FunctionConfiguration.PENDING.equals(configuration.state())
                && !FunctionConfiguration.IN_PROGRESS.equals(configuration.lastUpdateStatus());
    }

    /** Ends a version's intermediate state: Active, last update Successful, with a new RevisionId as AWS's. */
    private synchronized void settle(String qualifier) {
        FunctionVersion version = Arns.LATEST.equals(qualifier) ? latest : published.get(Integer.parseInt(qualifier));
        if (version == null) {
            return;
        }
        FunctionConfiguration configuration = version.configuration();
        if (isSettled(configuration)) {
            return;
        }
        replace(version.withConfiguration(configuration.toBuilder()
                .state(FunctionConfiguration.ACTIVE, null, null)
                .lastUpdateStatus(FunctionConfiguration.SUCCESSFUL, null, null)
                .revisionId(newRevisionId()).build()));
    }

    private void replace(FunctionVersion changed) {
        if (changed.isLatest()) {
            latest = changed;
        } else {
            published.put(Integer.parseInt(changed.version()), changed);
        }
    }

    /**
     * Sets the provisioned concurrency of a version or alias; AWS refuses it on an alias whose version has its own,
     * and on a version that an alias with its own points at.
     */
    public synchronized ProvisionedConcurrency provision(String qualifier, ProvisionedConcurrency config) {
        NavigableMap<String, ProvisionedConcurrency> provisioned = values(Setting.PROVISIONED_CONCURRENCY);
        Alias alias = aliases.get(qualifier);
        if (alias != null && provisioned.containsKey(alias.functionVersion())) {
            throw ApiException.conflict("Alias can't be used for Provisioned Concurrency configuration on an already"
                    + " Provisioned version");
        }
        if (alias == null && aliases.values().stream().anyMatch(other ->
                other.functionVersion().equals(qualifier) && provisioned.containsKey(other.name()))) {
            throw ApiException.conflict("Version is pointed by a Provisioned Concurrency alias");
        }
        provisioned.put(qualifier, config);
        return config;
    }

    public synchronized Alias createAlias(Alias alias) {
        requireAliasTargets(alias);
        if (aliases.containsKey(alias.name())) {
            throw ApiException.conflict("Alias already exists: " + arn(alias.name()));
        }
        aliases.put(alias.name(), alias);
        return alias;
    }

    public synchronized Alias alias(String aliasName) {
        Alias alias = aliases.get(aliasName);
        if (alias == null) {
            throw ApiException.aliasNotFound(arn(aliasName));
        }
        return alias;
    }

    public synchronized List<Alias> aliases() {
        return List.copyOf(aliases.values());
    }

    /** Replaces an alias by what {@code change} makes of it, with a new RevisionId. */
    public synchronized Alias updateAlias(String aliasName, String expectedRevisionId, UnaryOperator<Alias> change) {
        Alias current = aliases.get(aliasName);
        if (current == null) {
            // UpdateAlias words this otherwise than GetAlias
            throw ApiException.notFound("Alias not found: " + arn(aliasName));
        }
        requireRevision(expectedRevisionId, current.revisionId());
        Alias changed = change.apply(current);
        requireAliasTargets(changed);
        aliases.put(aliasName, changed);
        return changed;
    }

    /** Deletes an alias; deleting one that does not exist does nothing, as in AWS. */
    public synchronized void deleteAlias(String aliasName) {
        aliases.remove(aliasName);
        policies.remove(aliasName);
        forgetSettings(aliasName);
    }

    public synchronized boolean hasAlias(String aliasName) {
        return aliases.containsKey(aliasName);
    }

    private void requireAliasTargets(Alias alias) {
        version(alias.functionVersion());
        for (Map.Entry<String, Double> weighted : alias.additionalVersionWeights().entrySet()) {
            if (Arns.LATEST.equals(weighted.getKey()) || Arns.LATEST.equals(alias.functionVersion())) {
                throw ApiException.invalidParameter("$LATEST is not supported for an alias pointing to more than 1"
                        + " version");
            }
            if (weighted.getKey().equals(alias.functionVersion())) {
                throw ApiException.invalidParameter("Invalid function version " + weighted.getKey() + ". Function"
                        + " version " + weighted.getKey() + " is already included in routing configuration.");
            }
            version(weighted.getKey());
        }
    }

    /**
     * Deletes one published version (never $LATEST, which goes only with the function); empty when there is no
     * such version, which AWS answers as a successful delete.
     */
    public synchronized Optional<FunctionVersion> deleteVersion(String qualifier) {
        if (Arns.LATEST.equals(qualifier)) {
            throw ApiException.latestNotDeletable();
        }
        if (aliases.containsKey(qualifier)) {
            throw ApiException.invalidParameter("Deletion of aliases is not supported by DeleteFunction: use"
                    + " DeleteAlias for " + qualifier + ".");
        }
        FunctionVersion version = isVersionNumber(qualifier) ? published.get(Integer.parseInt(qualifier)) : null;
        if (version == null) {
            return Optional.empty();
        }
        List<String> referencing = aliases.values().stream()
                .filter(alias -> alias.functionVersion().equals(qualifier)
                        || alias.additionalVersionWeights().containsKey(qualifier))
                .map(Alias::name).toList();
        if (!referencing.isEmpty()) {
            throw ApiException.conflict("Unable to delete version because the following aliases reference it: "
                    + referencing);
        }
        published.remove(Integer.parseInt(qualifier));
        policies.remove(qualifier);
        forgetSettings(qualifier);
        return Optional.of(version);
    }

    /** Adds a statement to the policy of a version or an alias (each has its own), changing its RevisionId. */
    public synchronized void addPermission(String qualifier, PolicyStatement statement, String expectedRevisionId) {
        String key = policyKey(qualifier);
        if (expectedRevisionId != null && !expectedRevisionId.equals(policyRevisionId(qualifier))) {
            throw ApiException.revisionMismatch("GetPolicy");
        }
        Map<String, PolicyStatement> statements = policies.computeIfAbsent(key, q -> new LinkedHashMap<>());
        if (statements.containsKey(statement.sid())) {
            throw ApiException.duplicateStatement(statement.sid());
        }
        statements.put(statement.sid(), statement);
        touchRevision(qualifier);
    }

    public synchronized void removePermission(String qualifier, String statementId, String expectedRevisionId) {
        String key = policyKey(qualifier);
        // RemovePermission points at GetFunction/GetAlias for the RevisionId, AddPermission at GetPolicy
        requireRevision(expectedRevisionId, policyRevisionId(qualifier));
        Map<String, PolicyStatement> statements = policies.get(key);
        if (statements == null) {
            throw ApiException.noPolicy();
        }
        if (!statements.containsKey(statementId)) {
            throw ApiException.notFound("Statement " + statementId + " is not found in resource policy.");
        }
        statements.remove(statementId);
        if (statements.isEmpty()) {
            policies.remove(key);
        }
        touchRevision(qualifier);
    }

    public synchronized Optional<ResourcePolicy> policy(String qualifier) {
        Map<String, PolicyStatement> statements = policies.get(policyKey(qualifier));
        return statements == null ? Optional.empty() : Optional.of(ResourcePolicy.of(List.copyOf(statements.values())));
    }

    /** The RevisionId that guards the policy of a qualifier: its alias's, or its version's. */
    public synchronized String policyRevisionId(String qualifier) {
        Alias alias = qualifier == null ? null : aliases.get(qualifier);
        return alias != null ? alias.revisionId() : version(qualifier).configuration().revisionId();
    }

    /** Policies belong to an alias itself, not to the version it points at. */
    private String policyKey(String qualifier) {
        return qualifier != null && aliases.containsKey(qualifier) ? qualifier : version(qualifier).version();
    }

    private void touchRevision(String qualifier) {
        Alias alias = qualifier == null ? null : aliases.get(qualifier);
        if (alias != null) {
            aliases.put(qualifier, new Alias(alias.name(), alias.functionVersion(), alias.description(),
                    alias.additionalVersionWeights(), newRevisionId()));
            return;
        }
        FunctionVersion version = version(qualifier);
        replace(version.withConfiguration(version.configuration().toBuilder().revisionId(newRevisionId()).build()));
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
