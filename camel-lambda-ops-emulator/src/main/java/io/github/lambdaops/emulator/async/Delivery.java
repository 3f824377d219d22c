package io.github.lambdaops.emulator.async;

import io.github.lambdaops.emulator.domain.Arns;

import java.time.Instant;
import java.util.Map;

/**
 * A message the emulator sent to a service it does not emulate (SQS, SNS, EventBridge, S3) on behalf of an
 * asynchronous invocation, as that service would have received it.
 *
 * @param kind        why it was sent
 * @param destination the ARN it was sent to: the on-success or on-failure destination, or the dead-letter queue
 * @param functionArn the function the event was for, qualified as it was invoked ({@code :$LATEST} when not)
 * @param requestId   the request id of the event (the {@code x-amzn-RequestId} of its Invoke)
 * @param body        the message: the invocation record (JSON) for a destination, the event itself for a
 *                    dead-letter queue
 * @param attributes  the message attributes: a dead-letter message's {@code RequestID}, {@code ErrorCode} and
 *                    {@code ErrorMessage}; none for a destination
 * @param time        when it was sent
 */
public record Delivery(Kind kind, String destination, String functionArn, String requestId, String body,
                       Map<String, String> attributes, Instant time) {

    public Delivery {
        attributes = Map.copyOf(attributes);
    }

    /** Why a message was sent. */
    public enum Kind {
        /** The invocation record of an event the function processed, to the {@code OnSuccess} destination. */
        ON_SUCCESS,
        /** The invocation record of an event that failed for good, to the {@code OnFailure} destination. */
        ON_FAILURE,
        /** An event that failed for good, to the function's {@code DeadLetterConfig} (no on-failure destination). */
        DEAD_LETTER
    }

    /** The service of the destination: {@code sqs}, {@code sns}, {@code events} or {@code s3}. */
    public String service() {
        return Arns.serviceOf(destination);
    }
}
