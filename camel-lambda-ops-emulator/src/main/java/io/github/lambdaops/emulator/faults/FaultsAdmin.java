package io.github.lambdaops.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lambdaops.emulator.http.ApiAction;
import io.github.lambdaops.emulator.http.ApiRequest;
import io.github.lambdaops.emulator.http.ApiResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The handlers of fault injection's admin path, {@code /_emulator/faults}: {@code POST} adds a rule, {@code GET} lists
 * the rules with their counts, {@code DELETE} removes them all. A rule in JSON (without a seed, a fraction rule
 * draws with the emulator's fault seed):
 * <pre>{"action": "Invoke", "count": 3, "status": 429, "errorType": "TooManyRequestsException",
 *  "retryAfterSeconds": 1}
 * {"action": "*", "fraction": 0.1, "seed": 42, "status": 500, "errorType": "ServiceException"}
 * {"action": "GetFunction", "count": 1, "latencyMillis": 2000}
 * {"action": "Invoke", "count": 1, "dropConnection": true}</pre>
 */
public final class FaultsAdmin {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** A rule as the admin path takes it: one trigger (count or fraction) and one fault (status, latency or drop). */
    record RuleSpec(String action, Long count, Double fraction, Long seed, Integer status, String errorType,
                    String message, Integer retryAfterSeconds, Long latencyMillis, Boolean dropConnection) {

        FaultRule toRule(long defaultSeed) {
            Fault fault = fault();
            ApiAction target = FaultRule.actionNamed(action);
            if (count != null && fraction != null) {
                throw new IllegalArgumentException("Give either count or fraction, not both");
            }
            if (fraction != null) {
                return FaultRule.fraction(target, fraction, seed == null ? defaultSeed : seed, fault);
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

    public FaultsAdmin(Faults faults) {
        this.faults = faults;
    }

    /** {@code GET}: the rules, with how many requests each has hit. */
    public ApiResponse list(ApiRequest request) throws IOException {
        return state(200);
    }

    /** {@code POST}: adds the rule of the body; a rule that is not one answers 400 with an example of one. */
    public ApiResponse add(ApiRequest request) throws IOException {
        try {
            RuleSpec rule = JSON.readValue(request.body(), RuleSpec.class);
            if (rule == null) {
                throw new IllegalArgumentException("the body is null");
            }
            faults.add(rule.toRule(faults.seed()));
        } catch (IOException | IllegalArgumentException e) {
            return ApiResponse.error(400, "InvalidRequestContentException", "Not a fault rule: " + firstLine(e)
                    + ". Expected e.g. {\"action\": \"Invoke\", \"count\": 3, \"status\": 429,"
                    + " \"errorType\": \"TooManyRequestsException\", \"retryAfterSeconds\": 1}");
        }
        return state(201);
    }

    /** {@code DELETE}: removes every rule. */
    public ApiResponse clear(ApiRequest request) throws IOException {
        faults.clear();
        return state(200);
    }

    private ApiResponse state(int status) throws IOException {
        List<RuleState> rules = faults.rules().stream()
                .map(rule -> new RuleState(RuleSpec.of(rule), rule.injected()))
                .toList();
        byte[] body = JSON.writeValueAsBytes(new State(rules, faults.injected()));
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), body);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
