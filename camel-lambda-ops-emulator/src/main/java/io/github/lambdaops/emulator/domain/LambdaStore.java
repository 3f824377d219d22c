package io.github.lambdaops.emulator.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * What one account holds in one region: functions (by name, sorted), layers, event source mappings, code signing
 * configs, capacity providers (with their resource policies) and the tags of all of them. Every operation is
 * atomic; deleting a resource deletes what it owns. Thread-safe.
 */
public final class LambdaStore {
    public static final int ACCOUNT_CONCURRENCY = 1000;
    public static final int MIN_UNRESERVED_CONCURRENCY = 100;

    private final String accountId;
    private final String region;
    private final StateTransitions transitions;
    private final ConcurrentNavigableMap<String, Function> functions = new ConcurrentSkipListMap<>();
    private final LayerStore layers;
    private final ConcurrentNavigableMap<String, EventSourceMapping> eventSourceMappings = new ConcurrentSkipListMap<>();
    private final ConcurrentNavigableMap<String, CodeSigningConfig> codeSigningConfigs = new ConcurrentSkipListMap<>();
    private final ConcurrentNavigableMap<String, CapacityProvider> capacityProviders = new ConcurrentSkipListMap<>();
    private final ConcurrentMap<String, PolicyDocument> capacityProviderPolicies = new ConcurrentHashMap<>();
    private final TagStore tags = new TagStore();

    LambdaStore(String accountId, String region, StateTransitions transitions) {
        this.accountId = accountId;
        this.region = region;
        this.transitions = transitions;
        this.layers = new LayerStore(region, accountId);
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    /** When created and updated resources reach their final state. */
    public StateTransitions transitions() {
        return transitions;
    }

    /** Layers and their content, which a runtime unpacks as a function's {@code /opt}. */
    public LayerStore layers() {
        return layers;
    }

    // Functions

    public void add(Function function, Map<String, String> functionTags) {
        TagStore.requireWithinLimit(functionTags);
        if (functions.putIfAbsent(function.name(), function) != null) {
            throw ApiException.conflict("Function already exist: " + function.name());
        }
        if (functionTags != null) {
            tags.tag(function.arn(), functionTags);
        }
    }

    public Function get(String name) {
        return find(name).orElseThrow(() -> ApiException.functionNotFound(Arns.function(region, accountId, name)));
    }

    public Optional<Function> find(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The functions, sorted by name. */
    public Collection<Function> functions() {
        return functions.values();
    }

    /** Deletes a function with everything it owns (versions, aliases, settings, tags). */
    public Optional<Function> remove(String name) {
        Optional<Function> removed = Optional.ofNullable(functions.remove(name));
        removed.ifPresent(function -> tags.forget(function.arn()));
        return removed;
    }

    /** The concurrency the functions of this region reserve. */
    public int reservedConcurrency() {
        return functions.values().stream()
                .mapToInt(function -> function.setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED).orElse(0))
                .sum();
    }

    /** Reserves concurrency for a function, unless that leaves the account less than its minimum unreserved. */
    public synchronized int reserveConcurrency(Function function, int reserved) {
        int reservedByOthers = reservedConcurrency()
                - function.setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED).orElse(0);
        if (ACCOUNT_CONCURRENCY - reservedByOthers - reserved < MIN_UNRESERVED_CONCURRENCY) {
            throw ApiException.invalidParameter("Specified ReservedConcurrentExecutions for function decreases"
                    + " account's UnreservedConcurrentExecution below its minimum value of ["
                    + MIN_UNRESERVED_CONCURRENCY + "].");
        }
        return function.putSetting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED, reserved);
    }

    /**
     * Provisions concurrency for a version or alias, unless that leaves the account less than its minimum
     * unreserved concurrency (a function with reserved concurrency provisions out of its reservation).
     */
    public synchronized ProvisionedConcurrency provisionConcurrency(Function function, String qualifier,
                                                                    ProvisionedConcurrency config) {
        if (function.setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED).isEmpty()) {
            int provisionedByOthers = functions.values().stream()
                    .filter(other -> other.setting(Setting.RESERVED_CONCURRENCY, Function.UNQUALIFIED).isEmpty())
                    .flatMap(other -> other.settings(Setting.PROVISIONED_CONCURRENCY).entrySet().stream()
                            .filter(entry -> other != function || !entry.getKey().equals(qualifier)))
                    .mapToInt(entry -> entry.getValue().requested()).sum();
            if (ACCOUNT_CONCURRENCY - reservedConcurrency() - provisionedByOthers - config.requested()
                    < MIN_UNRESERVED_CONCURRENCY) {
                throw ApiException.invalidParameter("Specified ConcurrentExecutions for function decreases"
                        + " account's UnreservedConcurrentExecution below its minimum value of ["
                        + MIN_UNRESERVED_CONCURRENCY + "].");
            }
        }
        ProvisionedConcurrency provisioned = function.provision(qualifier, config);
        transitions.after(() -> function.updateSetting(Setting.PROVISIONED_CONCURRENCY, qualifier,
                current -> current == provisioned ? current.ready() : current));
        return provisioned;
    }

    // Event source mappings

    /** Adds a mapping, unless one of the same source and function exists; it settles in {@code settledState}. */
    public synchronized EventSourceMapping add(EventSourceMapping mapping, Map<String, String> mappingTags,
                                               String settledState) {
        TagStore.requireWithinLimit(mappingTags);
        eventSourceMappings.values().stream().filter(mapping::readsAsOne).findFirst().ifPresent(existing -> {
            throw ApiException.conflict("An event source mapping with " + mapping.describeSource()
                    + " already exists. Please update or delete the existing mapping with UUID " + existing.uuid());
        });
        eventSourceMappings.put(mapping.uuid(), mapping);
        if (mappingTags != null) {
            tags.tag(mapping.arn(), mappingTags);
        }
        settle(mapping.uuid(), mapping.state(), settledState);
        return mapping;
    }

    public EventSourceMapping eventSourceMapping(String uuid) {
        return Optional.ofNullable(eventSourceMappings.get(uuid)).orElseThrow(LambdaStore::noSuchResource);
    }

    /** Changes a settled mapping (Enabled or Disabled), which then settles in {@code settledState}. */
    public EventSourceMapping update(String uuid, UnaryOperator<EventSourceMapping> change, String settledState) {
        EventSourceMapping updated = eventSourceMappings.computeIfPresent(uuid, (key, mapping) -> {
            if (!mapping.isSettled()) {
                throw new ApiException(ErrorType.RESOURCE_IN_USE, "Cannot update the event source mapping "
                        + mapping.uuid() + " because it is in use (" + mapping.state() + ").");
            }
            return change.apply(mapping);
        });
        if (updated == null) {
            throw noSuchResource();
        }
        settle(uuid, updated.state(), settledState);
        return updated;
    }

    /** Marks a mapping Deleting; it (and its tags) go once the transition delay has passed. */
    public EventSourceMapping deleteEventSourceMapping(String uuid) {
        EventSourceMapping deleting = eventSourceMappings.computeIfPresent(uuid,
                (key, mapping) -> mapping.withState(EventSourceMapping.DELETING));
        if (deleting == null) {
            throw noSuchResource();
        }
        transitions.after(() -> {
            eventSourceMappings.remove(uuid);
            tags.forget(deleting.arn());
        });
        return deleting;
    }

    /** The mappings, sorted by UUID (and so by ARN). */
    public List<EventSourceMapping> eventSourceMappings() {
        return new ArrayList<>(eventSourceMappings.values());
    }

    private void settle(String uuid, String from, String to) {
        transitions.after(() -> eventSourceMappings.computeIfPresent(uuid,
                (key, mapping) -> from.equals(mapping.state()) ? mapping.withState(to) : mapping));
    }

    // Code signing configs

    public CodeSigningConfig add(CodeSigningConfig config, Map<String, String> configTags) {
        TagStore.requireWithinLimit(configTags);
        codeSigningConfigs.put(config.arn(), config);
        if (configTags != null) {
            tags.tag(config.arn(), configTags);
        }
        return config;
    }

    /** The config with that ARN, or ResourceNotFoundException. */
    public CodeSigningConfig codeSigningConfig(String arn) {
        return Optional.ofNullable(codeSigningConfigs.get(arn)).orElseThrow(() -> noSuchCodeSigningConfig(arn));
    }

    public CodeSigningConfig updateCodeSigningConfig(String arn, UnaryOperator<CodeSigningConfig> change) {
        CodeSigningConfig updated = codeSigningConfigs.computeIfPresent(arn, (key, config) -> change.apply(config));
        if (updated == null) {
            throw noSuchCodeSigningConfig(arn);
        }
        return updated;
    }

    /** Deletes a config that no function uses. */
    public synchronized void deleteCodeSigningConfig(String arn) {
        codeSigningConfig(arn);
        List<String> users = functionArnsUsing(arn);
        if (!users.isEmpty()) {
            throw ApiException.conflict("The code signing config " + arn + " cannot be deleted because functions"
                    + " use it: " + users);
        }
        codeSigningConfigs.remove(arn);
        tags.forget(arn);
    }

    /** The configs, sorted by ARN. */
    public List<CodeSigningConfig> codeSigningConfigs() {
        return new ArrayList<>(codeSigningConfigs.values());
    }

    /** The ARNs of the functions that use a code signing config, sorted. */
    public List<String> functionArnsUsing(String codeSigningConfigArn) {
        return functions.values().stream()
                .filter(function -> function.setting(Setting.CODE_SIGNING_CONFIG, Function.UNQUALIFIED)
                        .filter(codeSigningConfigArn::equals).isPresent())
                .map(Function::arn).toList();
    }

    private static ApiException noSuchCodeSigningConfig(String arn) {
        return ApiException.notFound("The Lambda code signing configuration " + arn + " can not be found.");
    }

    /** The config a function is to use, or CodeSigningConfigNotFoundException, as PutFunctionCodeSigningConfig answers. */
    public CodeSigningConfig codeSigningConfigToUse(String arn) {
        return Optional.ofNullable(codeSigningConfigs.get(arn)).orElseThrow(() -> new ApiException(
                ErrorType.CODE_SIGNING_CONFIG_NOT_FOUND, "The code signing configuration cannot be found. Check that"
                + " the provided configuration is not deleted: " + arn + "."));
    }

    // Capacity providers

    /** Adds a provider, Pending until the transition delay has passed, unless one of its name exists. */
    public CapacityProvider add(CapacityProvider provider, Map<String, String> providerTags) {
        TagStore.requireWithinLimit(providerTags);
        if (capacityProviders.putIfAbsent(provider.name(), provider) != null) {
            throw ApiException.conflict("Capacity provider " + provider.name() + " already exists: " + provider.arn());
        }
        if (providerTags != null) {
            tags.tag(provider.arn(), providerTags);
        }
        transitions.after(() -> capacityProviders.computeIfPresent(provider.name(), (key, current) ->
                CapacityProvider.PENDING.equals(current.state()) ? current.withState(CapacityProvider.ACTIVE) : current));
        return provider;
    }

    public CapacityProvider capacityProvider(String name) {
        return Optional.ofNullable(capacityProviders.get(name)).orElseThrow(() -> noSuchCapacityProvider(name));
    }

    public CapacityProvider updateCapacityProvider(String name, UnaryOperator<CapacityProvider> change) {
        CapacityProvider updated = capacityProviders.computeIfPresent(name, (key, provider) -> change.apply(provider));
        if (updated == null) {
            throw noSuchCapacityProvider(name);
        }
        return updated;
    }

    /** Deletes a provider with its tags and resource policy, answering it as Deleting. */
    public CapacityProvider deleteCapacityProvider(String name) {
        CapacityProvider deleted = Optional.ofNullable(capacityProviders.remove(name))
                .orElseThrow(() -> noSuchCapacityProvider(name));
        tags.forget(deleted.arn());
        capacityProviderPolicies.remove(name);
        return deleted.withState(CapacityProvider.DELETING);
    }

    /** The providers, sorted by name (and so by ARN). */
    public List<CapacityProvider> capacityProviders() {
        return new ArrayList<>(capacityProviders.values());
    }

    private ApiException noSuchCapacityProvider(String name) {
        return ApiException.notFound("Capacity provider not found: " + Arns.capacityProvider(region, accountId, name));
    }

    // Resource policies (PutResourcePolicy) of functions, versions, aliases and capacity providers

    public Optional<PolicyDocument> resourcePolicy(Arns.LambdaArn resource) {
        if (resource.kind() == Arns.Kind.FUNCTION) {
            return functionOf(resource).setting(Setting.RESOURCE_POLICY, qualifierKey(resource));
        }
        capacityProvider(resource.name());
        return Optional.ofNullable(capacityProviderPolicies.get(resource.name()));
    }

    /** Sets a resource's policy, guarded by the RevisionId of the one it replaces. */
    public PolicyDocument putResourcePolicy(Arns.LambdaArn resource, String policy, String expectedRevisionId) {
        if (resource.kind() == Arns.Kind.FUNCTION) {
            Function function = functionOf(resource);
            synchronized (function) {
                PolicyDocument.requireRevision(expectedRevisionId,
                        function.setting(Setting.RESOURCE_POLICY, qualifierKey(resource)).orElse(null));
                return function.putSetting(Setting.RESOURCE_POLICY, qualifierKey(resource), PolicyDocument.of(policy));
            }
        }
        capacityProvider(resource.name());
        return capacityProviderPolicies.compute(resource.name(), (name, current) -> {
            PolicyDocument.requireRevision(expectedRevisionId, current);
            return PolicyDocument.of(policy);
        });
    }

    public void deleteResourcePolicy(Arns.LambdaArn resource, String expectedRevisionId) {
        if (resource.kind() == Arns.Kind.FUNCTION) {
            Function function = functionOf(resource);
            synchronized (function) {
                PolicyDocument current = function.setting(Setting.RESOURCE_POLICY, qualifierKey(resource))
                        .orElseThrow(LambdaStore::noSuchResource);
                PolicyDocument.requireRevision(expectedRevisionId, current);
                function.removeSetting(Setting.RESOURCE_POLICY, qualifierKey(resource));
            }
            return;
        }
        capacityProvider(resource.name());
        PolicyDocument current = Optional.ofNullable(capacityProviderPolicies.get(resource.name()))
                .orElseThrow(LambdaStore::noSuchResource);
        PolicyDocument.requireRevision(expectedRevisionId, current);
        capacityProviderPolicies.remove(resource.name(), current);
    }

    /** The function of a function ARN, whose qualifier (if any) exists. */
    private Function functionOf(Arns.LambdaArn resource) {
        Function function = get(resource.name());
        function.version(resource.qualifier());
        return function;
    }

    private static String qualifierKey(Arns.LambdaArn resource) {
        return resource.qualifier() == null ? Function.UNQUALIFIED : resource.qualifier();
    }

    // Tags of functions, event source mappings, code signing configs and capacity providers

    /** The tags of an existing taggable resource (an unqualified function, a mapping, a config, a provider). */
    public Map<String, String> tags(Arns.LambdaArn resource) {
        return tags.of(existingTaggable(resource));
    }

    public void tag(Arns.LambdaArn resource, Map<String, String> added) {
        tags.tag(existingTaggable(resource), added);
    }

    public void untag(Arns.LambdaArn resource, Collection<String> keys) {
        tags.untag(existingTaggable(resource), keys);
    }

    /** The tags of a function. */
    public Map<String, String> tagsOf(Function function) {
        return tags.of(function.arn());
    }

    private String existingTaggable(Arns.LambdaArn resource) {
        boolean exists = switch (resource.kind()) {
            case FUNCTION -> functions.containsKey(resource.name());
            case EVENT_SOURCE_MAPPING -> eventSourceMappings.containsKey(resource.name());
            case CODE_SIGNING_CONFIG -> codeSigningConfigs.containsKey(resource.toString());
            case CAPACITY_PROVIDER -> capacityProviders.containsKey(resource.name());
            case LAYER -> false;
        };
        if (!exists) {
            throw switch (resource.kind()) {
                case FUNCTION -> ApiException.functionNotFound(resource.toString());
                case EVENT_SOURCE_MAPPING -> ApiException.notFound("Event source mapping not found: " + resource);
                default -> ApiException.notFound("The resource you requested does not exist: " + resource);
            };
        }
        return resource.toString();
    }

    /** Forgets everything, returning the functions it forgot. */
    List<Function> clear() {
        List<Function> removed = new ArrayList<>(functions.values());
        functions.clear();
        layers.clear();
        eventSourceMappings.clear();
        codeSigningConfigs.clear();
        capacityProviders.clear();
        capacityProviderPolicies.clear();
        tags.clear();
        return removed;
    }

    private static ApiException noSuchResource() {
        return ApiException.resourceNotFound();
    }
}
