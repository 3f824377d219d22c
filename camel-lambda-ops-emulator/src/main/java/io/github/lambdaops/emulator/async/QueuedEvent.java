package io.github.lambdaops.emulator.async;

import com.amazonaws.services.lambda.runtime.ClientContext;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.runtime.InvocationResult;

import java.time.Duration;

/**
 * An asynchronous event in the queue of its function: what was invoked (the qualifier as given, null for none), the
 * payload, when it was queued, and how its attempts went so far. Immutable: each attempt makes the next state.
 *
 * @param version    the version the last attempt ran (before any, the one the Invoke resolved)
 * @param attempts   how many times the function ran with it
 * @param throttles  how many attempts in a row found no concurrency left since it last ran
 * @param lastResult what the last run answered; null before the first
 */
record QueuedEvent(String requestId, LambdaStore store, Function function, String qualifier, FunctionVersion version,
                   byte[] payload, ClientContext clientContext, long queuedNanos, int attempts, int throttles,
                   InvocationResult lastResult) {

    static QueuedEvent of(String requestId, LambdaStore store, Function function, String qualifier,
                          FunctionVersion version, byte[] payload, ClientContext clientContext) {
        return new QueuedEvent(requestId, store, function, qualifier, version, payload, clientContext,
                System.nanoTime(), 0, 0, null);
    }

    /** The ARN the function was invoked by, which its context reports. */
    String invokedArn() {
        return function.arn(qualifier);
    }

    /** The qualifier whose event invoke config applies, as AWS keys them: {@code $LATEST} when none was given. */
    String configQualifier() {
        return qualifier == null ? Arns.LATEST : qualifier;
    }

    /** The ARN an invocation record names: always qualified. */
    String recordArn() {
        return function.arn(configQualifier());
    }

    /** Whether an attempt came before: a run, or one that found no concurrency left. */
    boolean isRetry() {
        return attempts > 0 || throttles > 0;
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - queuedNanos);
    }

    /** This event after a run of {@code ran} answered {@code result}. */
    QueuedEvent ran(FunctionVersion ran, InvocationResult result) {
        return new QueuedEvent(requestId, store, function, qualifier, ran, payload, clientContext, queuedNanos,
                attempts + 1, 0, result);
    }

    /** This event after an attempt found no concurrency left (or its version not ready). */
    QueuedEvent throttled() {
        return new QueuedEvent(requestId, store, function, qualifier, version, payload, clientContext, queuedNanos,
                attempts, throttles + 1, lastResult);
    }
}
