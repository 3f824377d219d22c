package io.github.lambdaops.emulator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event source mapping: what it reads, how it batches, and its State (Creating, then Enabled or Disabled;
 * Updating; Deleting). The emulator never polls its source. Immutable: changes make a new one.
 */
public record EventSourceMapping(String uuid, String arn, String functionArn, String eventSourceArn, String state,
                                 String stateTransitionReason, BigDecimal lastModified, String lastProcessingResult,
                                 Settings settings) {
    public static final String CREATING = "Creating";
    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";
    public static final String UPDATING = "Updating";
    public static final String DELETING = "Deleting";

    /** What a request sets on a mapping; on update, null members keep the mapping's. */
    public record Settings(String startingPosition, BigDecimal startingPositionTimestamp, Integer batchSize,
                           Integer maximumBatchingWindowInSeconds, Integer parallelizationFactor,
                           FilterCriteria filterCriteria, String kmsKeyArn, MetricsConfig metricsConfig,
                           LoggingConfig loggingConfig, ScalingConfig scalingConfig, Destinations destinationConfig,
                           List<String> topics, List<String> queues,
                           List<SourceAccessConfiguration> sourceAccessConfigurations,
                           SelfManagedEventSource selfManagedEventSource, Integer maximumRecordAgeInSeconds,
                           Boolean bisectBatchOnFunctionError, Integer maximumRetryAttempts,
                           Integer tumblingWindowInSeconds, List<String> functionResponseTypes,
                           KafkaConfig amazonManagedKafkaEventSourceConfig,
                           KafkaConfig selfManagedKafkaEventSourceConfig,
                           DocumentDbConfig documentDBEventSourceConfig, ProvisionedPollerConfig provisionedPollerConfig) {

        /** These settings with what {@code changes} sets. */
        public Settings merge(Settings changes) {
            return new Settings(or(changes.startingPosition, startingPosition),
                    or(changes.startingPositionTimestamp, startingPositionTimestamp), or(changes.batchSize, batchSize),
                    or(changes.maximumBatchingWindowInSeconds, maximumBatchingWindowInSeconds),
                    or(changes.parallelizationFactor, parallelizationFactor), or(changes.filterCriteria, filterCriteria),
                    or(changes.kmsKeyArn, kmsKeyArn), or(changes.metricsConfig, metricsConfig),
                    or(changes.loggingConfig, loggingConfig), or(changes.scalingConfig, scalingConfig),
                    or(changes.destinationConfig, destinationConfig), or(changes.topics, topics),
                    or(changes.queues, queues), or(changes.sourceAccessConfigurations, sourceAccessConfigurations),
                    or(changes.selfManagedEventSource, selfManagedEventSource),
                    or(changes.maximumRecordAgeInSeconds, maximumRecordAgeInSeconds),
                    or(changes.bisectBatchOnFunctionError, bisectBatchOnFunctionError),
                    or(changes.maximumRetryAttempts, maximumRetryAttempts),
                    or(changes.tumblingWindowInSeconds, tumblingWindowInSeconds),
                    or(changes.functionResponseTypes, functionResponseTypes),
                    or(changes.amazonManagedKafkaEventSourceConfig, amazonManagedKafkaEventSourceConfig),
                    or(changes.selfManagedKafkaEventSourceConfig, selfManagedKafkaEventSourceConfig),
                    or(changes.documentDBEventSourceConfig, documentDBEventSourceConfig),
                    or(changes.provisionedPollerConfig, provisionedPollerConfig));
        }

        public Settings withBatchSize(Integer size) {
            return merge(new Settings(null, null, size, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null));
        }

        private static <T> T or(T given, T current) {
            return given != null ? given : current;
        }
    }

    public record FilterCriteria(List<Filter> filters) {
    }

    public record Filter(String pattern) {
    }

    public record MetricsConfig(List<String> metrics) {
    }

    public record LoggingConfig(String systemLogLevel) {
    }

    public record ScalingConfig(Integer maximumConcurrency) {
    }

    public record SourceAccessConfiguration(String type, String uri) {
    }

    public record SelfManagedEventSource(Map<String, List<String>> endpoints) {
    }

    public record KafkaConfig(String consumerGroupId, SchemaRegistryConfig schemaRegistryConfig, String consumptionMode) {
    }

    public record SchemaRegistryConfig(String schemaRegistryURI, String eventRecordFormat,
                                       List<SourceAccessConfiguration> accessConfigs,
                                       List<SchemaValidationConfig> schemaValidationConfigs) {
    }

    public record SchemaValidationConfig(String attribute) {
    }

    public record DocumentDbConfig(String databaseName, String collectionName, String fullDocument) {
    }

    public record ProvisionedPollerConfig(Integer minimumPollers, Integer maximumPollers, String pollerGroupName) {
    }

    public EventSourceMapping withState(String newState) {
        return new EventSourceMapping(uuid, arn, functionArn, eventSourceArn, newState, stateTransitionReason,
                lastModified, lastProcessingResult, settings);
    }

    /** This mapping, Updating, with the changes a request gives. */
    public EventSourceMapping updating(String newFunctionArn, Settings changes, BigDecimal now) {
        return new EventSourceMapping(uuid, arn, newFunctionArn != null ? newFunctionArn : functionArn, eventSourceArn,
                UPDATING, "USER_INITIATED", now, lastProcessingResult, settings.merge(changes));
    }

    /** True when both mappings read the same source (and topics) for the same function, which AWS refuses. */
    public boolean readsAsOne(EventSourceMapping other) {
        return functionArn.equals(other.functionArn) && source() != null && source().equals(other.source())
                && Objects.equals(settings.topics(), other.settings.topics());
    }

    /** The source, function and topics as AWS names them in the conflict of two mappings. */
    public String describeSource() {
        String function = "function (\"" + functionArn + "\")";
        return "event source (\"" + source() + "\")" + (settings.topics() == null ? " and " + function
                : ", " + function + ", topics (\"" + String.join(",", settings.topics()) + "\")");
    }

    /** The event source's ARN, or a self-managed source's bootstrap servers. */
    private String source() {
        if (eventSourceArn != null) {
            return eventSourceArn;
        }
        SelfManagedEventSource selfManaged = settings.selfManagedEventSource();
        List<String> servers = selfManaged == null || selfManaged.endpoints() == null ? null
                : selfManaged.endpoints().get("KAFKA_BOOTSTRAP_SERVERS");
        return servers == null ? null : String.join(",", servers);
    }

    public boolean isSettled() {
        return ENABLED.equals(state) || DISABLED.equals(state);
    }
}
