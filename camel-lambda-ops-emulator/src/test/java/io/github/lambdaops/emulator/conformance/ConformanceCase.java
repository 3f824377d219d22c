package io.github.lambdaops.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One conformance case: a short sequence of requests and the answers AWS gave to them, with {@code source} naming
 * the recording or reference page the answers come from. {@code vars} are the placeholders the case fixes itself
 * (a case file's {@code each} row becomes them).
 */
record ConformanceCase(String family, String id, String source, List<Step> steps, Map<String, String> vars) {

    String qualifiedId() {
        return family + "/" + id;
    }

    /**
     * One request and what AWS answered. {@code request} is {@code "METHOD /path?query"}; the shortcuts
     * {@code create} (CreateFunction with the defaults' settings, overridden by the given members) and {@code ready}
     * (wait until the named function is Active with its last update done) stand for their requests.
     */
    record Step(String request, JsonNode create, String ready, String region, boolean unsigned,
                Map<String, String> headers, JsonNode body, String rawBody, Expect expect,
                Map<String, String> capture, boolean poll) {
    }

    /**
     * What the answer must show; unset members are not checked. In {@code body} and {@code headers}, a listed member
     * must match (see {@link JsonExpectation}) and unlisted ones may be anything. {@code log} lists patterns the
     * decoded {@code X-Amz-Log-Result} must contain; {@code text} is the raw body, exactly or as {@code ~regex}.
     */
    record Expect(String status, String error, String message, JsonNode body, Map<String, String> headers,
                  String text, List<String> log) {
    }
}
