package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Destinations;
import io.github.lambdaops.emulator.domain.EventSourceMapping;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.EventSourceMappingMessages.EventSourceMappingConfiguration;
import io.github.lambdaops.emulator.http.model.EventSourceMappingMessages.EventSourceMappingRequest;
import io.github.lambdaops.emulator.http.model.EventSourceMappingMessages.ListEventSourceMappingsResponse;

import java.util.List;
import java.util.UUID;

/**
 * Event source mappings: stored with their State (Creating, then Enabled or Disabled; Updating; Deleting), which
 * moves on after the state transition delay. The emulator never polls their sources.
 */
final class EventSourceMappingsApi {
    private final Stores stores;

    EventSourceMappingsApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse createEventSourceMapping(ApiRequest request) {
        EventSourceMappingRequest body = request.bodyAs(EventSourceMappingRequest.class);
        EventSourceMapping.Settings requested = validated(request.bodyAs(EventSourceMapping.Settings.class));
        Validation.required(body.functionName(), "functionName");
        String source = Validation.pattern(body.eventSourceArn(), "eventSourceArn", Arns.ANY_RESOURCE, 1024);
        if (source == null && requested.selfManagedEventSource() == null) {
            throw ApiException.invalidParameter("Unrecognized event source.");
        }
        SourceKind kind = SourceKind.of(source, requested);
        requireSupported(kind, source, requested);
        String functionArn = functionArnOf(body.functionName(), request.region(),
                arn -> ApiException.invalidParameter("Function does not exist"));
        if ((kind == SourceKind.STREAM || kind == SourceKind.KAFKA && source != null)
                && requested.startingPosition() == null) {
            // AWS words this check like a validation error (with a full stop) but answers InvalidParameterValue
            throw ApiException.invalidParameter("1 validation error detected: "
                    + ApiException.violation(null, "startingPosition", "Member must not be null") + ".");
        }
        if (kind == SourceKind.QUEUE && requested.startingPosition() != null) {
            throw ApiException.invalidParameter("StartingPosition is not valid for SQS event sources.");
        }
        LambdaStore store = stores.of(request.region());
        String uuid = UUID.randomUUID().toString();
        EventSourceMapping mapping = new EventSourceMapping(uuid,
                Arns.eventSourceMapping(store.region(), store.accountId(), uuid), functionArn, source,
                EventSourceMapping.CREATING, kind == SourceKind.STREAM ? "User action" : "USER_INITIATED",
                Timestamps.epochSeconds(), kind == SourceKind.QUEUE ? null : "No records processed",
                kind.defaults.merge(requested));
        boolean enabled = !Boolean.FALSE.equals(body.enabled());
        return ApiResponse.json(202, EventSourceMappingConfiguration.of(store.add(mapping, Validation.tags(body.tags()),
                enabled ? EventSourceMapping.ENABLED : EventSourceMapping.DISABLED)));
    }

    /** What AWS refuses for a kind of source before it looks at the function. */
    private static void requireSupported(SourceKind kind, String source, EventSourceMapping.Settings requested) {
        if (kind == SourceKind.QUEUE && requested.destinationConfig() != null) {
            throw ApiException.invalidParameter("Unsupported DestinationConfig parameter for given event source"
                    + " mapping type.");
        }
        if ("AT_TIMESTAMP".equals(requested.startingPosition()) && source != null && source.contains(":dynamodb:")) {
            throw ApiException.invalidParameter("Unsupported starting position for arn type: " + source);
        }
        if (requested.selfManagedEventSource() != null && requested.sourceAccessConfigurations() == null) {
            throw ApiException.invalidParameter("Required 'sourceAccessConfigurations' parameter is missing.");
        }
    }

    /** The kinds of sources, with the settings AWS gives a mapping of each that the request leaves out. */
    private enum SourceKind {
        QUEUE(defaults(10, 0, List.of(), null, null, null, null, null, null)),
        STREAM(defaults(100, 0, List.of(), 1, new Destinations(null, new Destinations.Destination(null)), -1, false,
                -1, 0)),
        KAFKA(defaults(100, null, null, null, null, null, null, null, null)),
        OTHER(defaults(100, null, null, null, null, null, null, null, null));

        private final EventSourceMapping.Settings defaults;

        SourceKind(EventSourceMapping.Settings defaults) {
            this.defaults = defaults;
        }

        static SourceKind of(String source, EventSourceMapping.Settings requested) {
            String service = source == null ? "" : Arns.serviceOf(source);
            return switch (service) {
                case "sqs" -> QUEUE;
                case "kinesis", "dynamodb" -> STREAM;
                case "kafka" -> KAFKA;
                default -> requested.selfManagedEventSource() != null ? KAFKA : OTHER;
            };
        }

        private static EventSourceMapping.Settings defaults(Integer batchSize, Integer batchingWindow,
                                                            List<String> responseTypes, Integer parallelization,
                                                            Destinations destinations, Integer maximumRecordAge,
                                                            Boolean bisect, Integer maximumRetries, Integer tumblingWindow) {
            return new EventSourceMapping.Settings(null, null, batchSize, batchingWindow, parallelization, null, null,
                    null, null, null, destinations, null, null, null, null, maximumRecordAge, bisect, maximumRetries,
                    tumblingWindow, responseTypes, null, null, null, null);
        }
    }

    ApiResponse getEventSourceMapping(ApiRequest request) {
        return ApiResponse.json(200, EventSourceMappingConfiguration.of(
                stores.of(request.region()).eventSourceMapping(uuidOf(request))));
    }

    ApiResponse updateEventSourceMapping(ApiRequest request) {
        String uuid = uuidOf(request);
        EventSourceMappingRequest body = request.bodyAs(EventSourceMappingRequest.class);
        EventSourceMapping.Settings changes = validated(request.bodyAs(EventSourceMapping.Settings.class));
        String functionArn = body.functionName() != null ? functionArnOf(body.functionName(), request.region(),
                ApiException::functionNotFound) : null;
        LambdaStore store = stores.of(request.region());
        boolean enabled = body.enabled() != null ? body.enabled()
                : !EventSourceMapping.DISABLED.equals(store.eventSourceMapping(uuid).state());
        return ApiResponse.json(202, EventSourceMappingConfiguration.of(store.update(uuid,
                mapping -> mapping.updating(functionArn, changes, Timestamps.epochSeconds()),
                enabled ? EventSourceMapping.ENABLED : EventSourceMapping.DISABLED)));
    }

    ApiResponse deleteEventSourceMapping(ApiRequest request) {
        return ApiResponse.json(202, EventSourceMappingConfiguration.of(
                stores.of(request.region()).deleteEventSourceMapping(uuidOf(request))));
    }

    ApiResponse listEventSourceMappings(ApiRequest request) {
        String source = request.query("EventSourceArn");
        String function = request.query("FunctionName");
        String functionArn = function == null || function.isEmpty() ? null : filterArnOf(function, request.region());
        List<EventSourceMapping> mappings = stores.of(request.region()).eventSourceMappings().stream()
                .filter(mapping -> source == null || source.isEmpty() || source.equals(mapping.eventSourceArn()))
                .filter(mapping -> functionArn == null || functionArn.equals(mapping.functionArn()))
                .toList();
        Pages.Page<EventSourceMapping> page = Pages.of(mappings, EventSourceMapping::arn, request);
        return ApiResponse.json(200, new ListEventSourceMappingsResponse(
                page.items().stream().map(EventSourceMappingConfiguration::of).toList(), page.nextMarker()));
    }

    /** The ARN a FunctionName filter names: a function that does not exist matches no mapping, as on AWS. */
    private String filterArnOf(String functionName, String region) {
        Arns.FunctionRef reference = Arns.resolveFunction(functionName, "functionName", region, stores.accountId());
        LambdaStore store = stores.of(reference);
        return Arns.function(store.region(), store.accountId(), reference.name(), reference.qualifier());
    }

    /**
     * The function (as an ARN, qualified when the name has a qualifier) that exists; {@code missing} answers for
     * one that does not, given its ARN.
     */
    private String functionArnOf(String functionName, String region,
                                 java.util.function.Function<String, ApiException> missing) {
        Arns.FunctionRef reference = Arns.resolveFunction(functionName, "functionName", region, stores.accountId());
        LambdaStore store = stores.of(reference);
        Function function = store.find(reference.name()).orElseThrow(() -> missing.apply(
                Arns.function(store.region(), store.accountId(), reference.name())));
        if (reference.qualifier() != null) {
            function.version(reference.qualifier());
        }
        return function.arn(reference.qualifier());
    }

    private static EventSourceMapping.Settings validated(EventSourceMapping.Settings settings) {
        Validation.range(settings.batchSize(), "batchSize", 1, 10000);
        Validation.range(settings.maximumBatchingWindowInSeconds(), "maximumBatchingWindowInSeconds", 0, 300);
        Validation.range(settings.parallelizationFactor(), "parallelizationFactor", 1, 10);
        Validation.range(settings.maximumRecordAgeInSeconds(), "maximumRecordAgeInSeconds", -1, 604800);
        Validation.range(settings.maximumRetryAttempts(), "maximumRetryAttempts", -1, 10000);
        Validation.range(settings.tumblingWindowInSeconds(), "tumblingWindowInSeconds", 0, 900);
        Validation.oneOf(settings.startingPosition(), "startingPosition", "LATEST", "AT_TIMESTAMP", "TRIM_HORIZON");
        if (settings.scalingConfig() != null) {
            Validation.range(settings.scalingConfig().maximumConcurrency(), "maximumConcurrency", 2, 1000);
        }
        return settings;
    }

    private static String uuidOf(ApiRequest request) {
        return Validation.requiredPattern(request.pathParameter("UUID"), "uUID", "[a-f0-9-]{36}", 36);
    }
}
