package io.github.lambdaops.emulator.async;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Destinations;
import io.github.lambdaops.emulator.domain.EventInvokeConfig;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.FunctionConfiguration.DeadLetterConfig;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.runtime.InvocationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where an asynchronous event goes when it ends. Its invocation record goes to the on-success or on-failure
 * destination of its event invoke config: a function there is invoked with it (asynchronously, as AWS does), a
 * queue, topic, event bus or bucket gets it in {@link Deliveries}. An event that failed for good and has no on-failure
 * destination goes itself to the function's dead-letter queue or topic, with AWS's {@code RequestID},
 * {@code ErrorCode} and {@code ErrorMessage} attributes. Otherwise it is dropped, as in AWS.
 */
final class Outcomes {
    private static final Logger LOG = LoggerFactory.getLogger(Outcomes.class);
    /** AWS cuts a dead-letter message's ErrorMessage attribute to 1 KB. */
    private static final int MAX_ERROR_MESSAGE = 1024;

    private final Stores stores;
    private final Deliveries deliveries;
    private final AsyncInvocations queue;

    Outcomes(Stores stores, Deliveries deliveries, AsyncInvocations queue) {
        this.stores = stores;
        this.deliveries = deliveries;
        this.queue = queue;
    }

    void ended(QueuedEvent event, Condition condition, EventInvokeConfig config) {
        boolean succeeded = condition == Condition.SUCCESS;
        Optional<String> destination = destinationOf(config, succeeded);
        if (destination.isPresent()) {
            send(event, destination.get(), succeeded ? Delivery.Kind.ON_SUCCESS : Delivery.Kind.ON_FAILURE,
                    InvocationRecord.of(event, condition));
        } else if (!succeeded) {
            deadLetter(event);
        }
    }

    private static Optional<String> destinationOf(EventInvokeConfig config, boolean succeeded) {
        Destinations destinations = config == null ? null : config.destinationConfig();
        Destinations.Destination destination = destinations == null ? null
                : succeeded ? destinations.onSuccess() : destinations.onFailure();
        return Optional.ofNullable(destination).map(Destinations.Destination::destination).filter(arn -> !arn.isEmpty());
    }

    private void send(QueuedEvent event, String destination, Delivery.Kind kind, String record) {
        if (Arns.serviceOf(destination).equals("lambda")) {
            invoke(destination, record);
        } else {
            deliveries.record(new Delivery(kind, destination, event.recordArn(), event.requestId(), record, Map.of(),
                    Instant.now()));
        }
    }

    private void invoke(String destination, String record) {
        Optional<Arns.LambdaArn> arn = Arns.parse(destination).filter(parsed -> parsed.kind() == Arns.Kind.FUNCTION);
        LambdaStore store = arn.map(parsed -> stores.of(parsed.account(), parsed.region())).orElse(null);
        Function function = arn.flatMap(parsed -> store.find(parsed.name())).orElse(null);
        if (function == null) {
            LOG.warn("The destination function {} does not exist: the invocation record is dropped", destination);
            return;
        }
        try {
            queue.enqueue(store, function, arn.get().qualifier(), record.getBytes(StandardCharsets.UTF_8), null);
        } catch (ApiException e) {
            LOG.warn("The destination function {} cannot be invoked ({}): the invocation record is dropped",
                    destination, e.getMessage());
        }
    }

    private void deadLetter(QueuedEvent event) {
        DeadLetterConfig deadLetter = event.version().configuration().deadLetterConfig();
        if (deadLetter == null || deadLetter.targetArn() == null || deadLetter.targetArn().isEmpty()) {
            LOG.debug("The event {} of {} failed and is dropped", event.requestId(), event.recordArn());
            return;
        }
        InvocationResult last = event.lastResult();
        String message = last == null ? "Rate Exceeded." : InvocationRecord.errorMessageOf(last);
        Map<String, String> attributes = Map.of(
                "RequestID", event.requestId(),
                "ErrorCode", String.valueOf(last == null ? InvocationRecord.THROTTLED : 200),
                "ErrorMessage", message.length() > MAX_ERROR_MESSAGE ? message.substring(0, MAX_ERROR_MESSAGE) : message);
        deliveries.record(new Delivery(Delivery.Kind.DEAD_LETTER, deadLetter.targetArn(), event.recordArn(),
                event.requestId(), new String(event.payload(), StandardCharsets.UTF_8), attributes, Instant.now()));
    }
}
