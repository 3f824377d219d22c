package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.lambdaops.emulator.async.Deliveries;
import io.github.lambdaops.emulator.async.Delivery;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The handlers of {@code /_emulator/deliveries}, what asynchronous invocations sent to SQS, SNS, EventBridge and S3:
 * {@code GET} lists them oldest first ({@code ?destination=ARN}: those sent there), {@code DELETE} forgets them.
 * <pre>{"deliveries": [{"kind": "ON_SUCCESS", "destination": "arn:aws:sqs:us-east-1:000000000000:done",
 *   "functionArn": "arn:aws:lambda:us-east-1:000000000000:function:f:$LATEST", "requestId": "...",
 *   "body": "{\"version\":\"1.0\",...}", "attributes": {}, "time": "2026-12-01T15:16:05.568Z"}]}</pre>
 */
public final class DeliveriesAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Listing(List<Sent> deliveries) {
    }

    /** A delivery as the admin path shows it: its time as ISO-8601 text. */
    record Sent(Delivery.Kind kind, String destination, String functionArn, String requestId, String body,
                Map<String, String> attributes, String time) {

        static Sent of(Delivery delivery) {
            return new Sent(delivery.kind(), delivery.destination(), delivery.functionArn(), delivery.requestId(),
                    delivery.body(), delivery.attributes(), delivery.time().toString());
        }
    }

    private final Deliveries deliveries;

    public DeliveriesAdmin(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** {@code GET}: the deliveries kept, or those to the {@code destination} ARN. */
    public ApiResponse list(ApiRequest request) throws IOException {
        String destination = request.query("destination");
        return listing(destination == null ? deliveries.list() : deliveries.to(destination));
    }

    /** {@code DELETE}: forgets the deliveries kept. */
    public ApiResponse clear(ApiRequest request) throws IOException {
        deliveries.clear();
        return listing(List.of());
    }

    private static ApiResponse listing(List<Delivery> listed) throws IOException {
        return new ApiResponse(200, Map.of("Content-Type", "application/json"),
                JSON.writeValueAsBytes(new Listing(listed.stream().map(Sent::of).toList())));
    }
}
