package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.LambdaFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.github.lambdaops.emulator.http.Validation.document;

/**
 * Event source mappings: stored with their State (Creating, then Enabled or Disabled; Updating; Deleting), which
 * moves on after the state transition delay. The emulator never polls their sources.
 */
final class EventSourceMappingsApi {
    static final String KIND = "event-source-mapping";
    /** The members a request may set, which the mapping stores as given. */
    private static final String[] STORED_MEMBERS = {"StartingPosition", "StartingPositionTimestamp", "BatchSize",
            "MaximumBatchingWindowInSeconds", "ParallelizationFactor", "EventSourceArn", "FilterCriteria", "KMSKeyArn",
            "MetricsConfig", "LoggingConfig", "ScalingConfig", "DestinationConfig", "Topics", "Queues",
            "SourceAccessConfigurations", "SelfManagedEventSource", "MaximumRecordAgeInSeconds",
            "BisectBatchOnFunctionError", "MaximumRetryAttempts", "TumblingWindowInSeconds", "FunctionResponseTypes",
            "AmazonManagedKafkaEventSourceConfig", "SelfManagedKafkaEventSourceConfig", "DocumentDBEventSourceConfig",
            "ProvisionedPollerConfig"};

    private final FunctionStore store;

    EventSourceMappingsApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse createEventSourceMapping(ApiRequest request) {
        Body body = Body.of(request);
        String functionArn = functionArnOf(body.requiredString("FunctionName"), request.region());
        String source = body.pattern("EventSourceArn", Arns.ANY_RESOURCE, 1024);
        if (source == null && !body.has("SelfManagedEventSource")) {
            throw ApiException.invalidParameter("Either EventSourceArn or SelfManagedEventSource must be provided.");
        }
        validate(body);
        boolean stream = source != null && (source.contains(":kinesis:") || source.contains(":dynamodb:")
                || source.contains(":kafka:"));
        if (stream && !body.has("StartingPosition")) {
            throw ApiException.invalidParameter("StartingPosition is required for event sources of type "
                    + source.split(":")[2] + ".");
        }
        if (source != null && source.contains(":sqs:") && body.has("StartingPosition")) {
            throw ApiException.invalidParameter("StartingPosition is not valid for SQS event sources.");
        }
        if (source != null) {
            store.resources().list(KIND).stream()
                    .filter(existing -> source.equals(existing.get("EventSourceArn"))
                            && functionArn.equals(existing.get("FunctionArn")))
                    .findFirst().ifPresent(existing -> {
                        throw ApiException.conflict("An event source mapping with event source (\"" + source
                                + "\") and function (\"" + functionArn + "\") already exists. Please update or delete"
                                + " the existing mapping with UUID " + existing.get("UUID"));
                    });
        }
        String uuid = UUID.randomUUID().toString();
        String arn = Arns.eventSourceMapping(request.region(), store.accountId(), uuid);
        boolean enabled = !Boolean.FALSE.equals(body.bool("Enabled"));
        Map<String, Object> mapping = new LinkedHashMap<>(document("UUID", uuid,
                "BatchSize", defaultBatchSize(source)));
        mapping.putAll(body.pick(STORED_MEMBERS));
        mapping.putAll(document("FunctionArn", functionArn, "LastModified", Timestamps.epochSeconds(),
                "LastProcessingResult", stream ? "No records processed" : null,
                "State", "Creating", "StateTransitionReason", "USER_INITIATED", "EventSourceMappingArn", arn));
        Map<String, String> tags = body.stringMap("Tags");
        Map<String, Object> created = store.resources().put(KIND, arn, mapping);
        if (tags != null) {
            store.tags().tag(arn, tags);
        }
        settle(arn, "Creating", enabled ? "Enabled" : "Disabled");
        return ApiResponse.json(202, created);
    }

    ApiResponse getEventSourceMapping(ApiRequest request) {
        return ApiResponse.json(200, store.resources().require(KIND, arnOf(request), EventSourceMappingsApi::notFound));
    }

    ApiResponse updateEventSourceMapping(ApiRequest request) {
        String arn = arnOf(request);
        Body body = Body.of(request);
        validate(body);
        String functionArn = body.has("FunctionName") ? functionArnOf(body.string("FunctionName"), request.region())
                : null;
        Map<String, Object> current = store.resources().require(KIND, arn, EventSourceMappingsApi::notFound);
        String state = (String) current.get("State");
        boolean enabled = body.has("Enabled") ? body.bool("Enabled") : !"Disabled".equals(state);
        Map<String, Object> updated = store.resources().update(KIND, arn, mapping -> {
            if (!List.of("Enabled", "Disabled").contains((String) mapping.get("State"))) {
                throw new ApiException(ErrorType.RESOURCE_IN_USE, "Cannot update the event source mapping "
                        + mapping.get("UUID") + " because it is in use (" + mapping.get("State") + ").");
            }
            Map<String, Object> changed = new LinkedHashMap<>(mapping);
            changed.putAll(body.pick(STORED_MEMBERS));
            changed.remove("EventSourceArn");
            changed.put("EventSourceArn", mapping.get("EventSourceArn"));
            changed.putAll(document("FunctionArn", functionArn, "LastModified", Timestamps.epochSeconds(),
                    "State", "Updating", "StateTransitionReason", "USER_INITIATED"));
            return changed;
        }, EventSourceMappingsApi::notFound);
        settle(arn, "Updating", enabled ? "Enabled" : "Disabled");
        return ApiResponse.json(202, updated);
    }

    ApiResponse deleteEventSourceMapping(ApiRequest request) {
        String arn = arnOf(request);
        Map<String, Object> deleting = store.resources().update(KIND, arn, mapping -> {
            Map<String, Object> changed = new LinkedHashMap<>(mapping);
            changed.put("State", "Deleting");
            return changed;
        }, EventSourceMappingsApi::notFound);
        store.transitions().after(() -> {
            store.resources().remove(KIND, arn);
            store.tags().forget(arn);
        });
        return ApiResponse.json(202, deleting);
    }

    ApiResponse listEventSourceMappings(ApiRequest request) {
        String source = request.query("EventSourceArn");
        String function = request.query("FunctionName");
        String functionArn = function == null || function.isEmpty() ? null : functionArnOf(function, request.region());
        String regionPart = ":lambda:" + request.region() + ":";
        List<Map<String, Object>> mappings = store.resources().list(KIND, arn -> arn.contains(regionPart)).stream()
                .filter(mapping -> source == null || source.isEmpty() || source.equals(mapping.get("EventSourceArn")))
                .filter(mapping -> functionArn == null || functionArn.equals(mapping.get("FunctionArn")))
                .toList();
        Pages.Page<Map<String, Object>> page = Pages.of(mappings, mapping -> (String) mapping.get("EventSourceMappingArn"),
                request);
        return ApiResponse.json(200, document("EventSourceMappings", page.items(), "NextMarker", page.nextMarker()));
    }

    /** Moves a mapping from {@code from} to {@code to} once the delay has passed, unless it changed meanwhile. */
    private void settle(String arn, String from, String to) {
        store.transitions().after(() -> store.resources().updateIfPresent(KIND, arn, mapping -> {
            if (!from.equals(mapping.get("State"))) {
                return mapping;
            }
            Map<String, Object> settled = new LinkedHashMap<>(mapping);
            settled.put("State", to);
            return settled;
        }));
    }

    /** The function (as an ARN, qualified when the name has a qualifier) that exists, or ResourceNotFoundException. */
    private String functionArnOf(String functionName, String region) {
        Arns.FunctionRef reference = Arns.resolveFunction(functionName, "functionName", region, store.accountId());
        LambdaFunction function = store.get(reference.region(), reference.name());
        if (reference.qualifier() != null) {
            function.version(reference.qualifier());
            return function.arn() + ":" + reference.qualifier();
        }
        return function.arn();
    }

    private static void validate(Body body) {
        body.integer("BatchSize", 1, 10000);
        body.integer("MaximumBatchingWindowInSeconds", 0, 300);
        body.integer("ParallelizationFactor", 1, 10);
        body.integer("MaximumRecordAgeInSeconds", -1, 604800);
        body.integer("MaximumRetryAttempts", -1, 10000);
        body.integer("TumblingWindowInSeconds", 0, 900);
        body.oneOf("StartingPosition", "TRIM_HORIZON", "LATEST", "AT_TIMESTAMP");
        body.object("ScalingConfig").integer("MaximumConcurrency", 2, 1000);
    }

    private static int defaultBatchSize(String source) {
        return source != null && source.contains(":sqs:") ? 10 : 100;
    }

    private String arnOf(ApiRequest request) {
        String uuid = Validation.pattern(request.pathParameter("UUID"), "uUID", "[a-f0-9-]{36}", 36);
        return Arns.eventSourceMapping(request.region(), store.accountId(), uuid);
    }

    private static ApiException notFound() {
        return ApiException.notFound("The resource you requested does not exist.");
    }
}
