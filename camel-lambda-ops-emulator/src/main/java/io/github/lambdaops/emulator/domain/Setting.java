package io.github.lambdaops.emulator.domain;

/**
 * A kind of setting a {@link Function} carries beside its configuration, with the type of its value: stored per
 * qualifier (a version or alias; {@link Function#UNQUALIFIED} for the function itself).
 */
public final class Setting<T> {
    public static final Setting<Integer> RESERVED_CONCURRENCY = new Setting<>("reserved concurrency");
    public static final Setting<ProvisionedConcurrency> PROVISIONED_CONCURRENCY = new Setting<>("provisioned concurrency");
    public static final Setting<EventInvokeConfig> EVENT_INVOKE = new Setting<>("event invoke config");
    public static final Setting<String> RECURSIVE_LOOP = new Setting<>("recursion config");
    public static final Setting<RuntimeManagement> RUNTIME_MANAGEMENT = new Setting<>("runtime management config");
    public static final Setting<Scaling> SCALING = new Setting<>("scaling config");
    public static final Setting<String> CODE_SIGNING_CONFIG = new Setting<>("code signing config");
    public static final Setting<UrlConfig> URL = new Setting<>("function URL config");
    public static final Setting<PolicyDocument> RESOURCE_POLICY = new Setting<>("resource policy");

    private final String name;

    private Setting(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
