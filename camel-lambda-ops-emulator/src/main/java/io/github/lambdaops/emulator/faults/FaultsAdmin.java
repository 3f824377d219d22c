package io.github.lambdaops.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lambdaops.emulator.http.ApiResponse;
import io.github.lambdaops.emulator.http.RequestLayers;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The admin HTTP path of fault injection, {@code /_emulator/faults}: {@code POST} adds a rule, {@code GET} lists the
 * rules with their counts, {@code DELETE} removes them all. A rule in JSON:
 * <pre>{"action": "Invoke", "count": 3, "status": 429, "errorType": "TooManyRequestsException",
 *  "retryAfterSeconds": 1}
 * {"action": "*", "fraction": 0.1, "seed": 42, "status": 500, "errorType": "ServiceException"}
 * {"action": "GetFunction", "count": 1, "latencyMillis": 2000}
 * {"action": "Invoke", "count": 1, "dropConnection": true}</pre>
 */
final class FaultsAdmin {
    static final String PATH = "/_emulator/faults";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** A rule as the admin path takes it: one trigger (count or fraction) and one fault (status, latency or drop). */
    record RuleSpec(String action, Long count, Double fraction, Long seed, Integer status, String errorType,
                    String message, Integer retryAfterSeconds, Long latencyMillis, Boolean dropConnection) {

        FaultRule toRule() {
            Fault fault = fault();
            String target = action == null ? FaultRule.ANY_ACTION : action;
            if (count != null && fraction != null) {
                throw new IllegalArgumentException("Give either count or fraction, not both");
            }
            if (fraction != null) {
                return FaultRule.fraction(target, fraction, seed == null ? 0 : seed, fault);
            }
            return count == null ? FaultRule.fraction(target, 1.0, 0, fault) : FaultRule.next(target, count, fault);
        }

        private Fault fault() {
            int kinds = (status != null ? 1 : 0) + (latencyMillis != null ? 1 : 0)
                    + (Boolean.TRUE.equals(dropConnection) ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException("Give exactly one fault: status (with errorType), latencyMillis,"
                        + " or dropConnection: true");
            }
            if (latencyMillis != null) {
                return Fault.delay(Duration.ofMillis(latencyMillis));
            }
            if (status != null) {
                String message = this.message != null ? this.message : "Injected fault";
                return new Fault.ErrorReply(status, errorType, message, retryAfterSeconds);
            }
            return Fault.dropConnection();
        }

        static RuleSpec of(FaultRule rule) {
            Fault fault = rule.fault();
            Fault.ErrorReply error = fault instanceof Fault.ErrorReply e ? e : null;
            return new RuleSpec(rule.action(), rule.remaining(), rule.fraction(), null,
                    error == null ? null : error.status(), error == null ? null : error.errorType(),
                    error == null ? null : error.message(), error == null ? null : error.retryAfterSeconds(),
                    fault instanceof Fault.Delay delay ? delay.latency().toMillis() : null,
                    fault instanceof Fault.DropConnection ? Boolean.TRUE : null);
        }
    }

    record RuleState(RuleSpec rule, long injected) {
    }

    record State(List<RuleState> rules, long injected) {
    }

    private final Faults faults;

    FaultsAdmin(Faults faults) {
        this.faults = faults;
    }

    boolean serves(FullHttpRequest request) {
        String path = RequestLayers.rawPath(request);
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    ApiResponse handle(FullHttpRequest request) {
        try {
            if (request.method().equals(HttpMethod.POST)) {
                RuleSpec spec = JSON.readValue(ByteBufUtil.getBytes(request.content()), RuleSpec.class);
                faults.add(spec.toRule());
                return state(201);
            }
            if (request.method().equals(HttpMethod.DELETE)) {
                faults.clear();
                return state(200);
            }
            if (request.method().equals(HttpMethod.GET)) {
                return state(200);
            }
            return RequestLayers.error(405, "MethodNotAllowedException",
                    PATH + " takes GET, POST (a rule as JSON) or DELETE, not " + request.method());
        } catch (IOException | IllegalArgumentException e) {
            return RequestLayers.error(400, "InvalidRequestContentException", "Not a fault rule: " + firstLine(e)
                    + ". Expected e.g. {\"action\": \"Invoke\", \"count\": 3, \"status\": 429,"
                    + " \"errorType\": \"TooManyRequestsException\", \"retryAfterSeconds\": 1}");
        }
    }

    private ApiResponse state(int status) throws IOException {
        List<RuleState> rules = faults.rules().stream()
                .map(rule -> new RuleState(RuleSpec.of(rule), rule.injected()))
                .toList();
        byte[] body = JSON.writeValueAsBytes(new State(rules, faults.injected()));
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), body);
    }

    static ApiResponse answerOf(Fault.ErrorReply error) {
        ApiResponse answer = RequestLayers.error(error.status(), error.errorType(), error.message());
        return error.retryAfterSeconds() == null ? answer
                : answer.withHeader("Retry-After", Integer.toString(error.retryAfterSeconds()));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
