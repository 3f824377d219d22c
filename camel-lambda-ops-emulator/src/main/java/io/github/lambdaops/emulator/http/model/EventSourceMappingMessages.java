package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.lambdaops.emulator.domain.EventSourceMapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The requests and answers of the event source mapping actions. A request's settings are read as
 * {@link EventSourceMapping.Settings} from the same body (see {@link WireNames}).
 */
public final class EventSourceMappingMessages {
    private EventSourceMappingMessages() {
    }

    /** The members of Create/UpdateEventSourceMapping that are not settings. */
    public record EventSourceMappingRequest(String functionName, String eventSourceArn, Boolean enabled,
                                            Map<String, String> tags) {
    }

    /** {@code EventSourceMappingConfiguration}, the answer of every action on one mapping. */
    public record EventSourceMappingConfiguration(@JsonProperty("UUID") String uuid, String eventSourceMappingArn,
                                                  String functionArn, String eventSourceArn, String state,
                                                  String stateTransitionReason, BigDecimal lastModified,
                                                  String lastProcessingResult,
                                                  @JsonUnwrapped EventSourceMapping.Settings settings) {
        public static EventSourceMappingConfiguration of(EventSourceMapping mapping) {
            return new EventSourceMappingConfiguration(mapping.uuid(), mapping.arn(), mapping.functionArn(),
                    mapping.eventSourceArn(), mapping.state(), mapping.stateTransitionReason(), mapping.lastModified(),
                    mapping.lastProcessingResult(), mapping.settings());
        }
    }

    public record ListEventSourceMappingsResponse(List<EventSourceMappingConfiguration> eventSourceMappings,
                                                  String nextMarker) {
    }
}
