package io.github.lambdaops.camel.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * A readiness check that makes one cheap authenticated Lambda API call with an endpoint's own client and is UP when it
 * answers. DOWN carries what went wrong: the AWS error code, HTTP status and request id of a refused call, or the
 * client's exception when the service could not be reached. The client is the endpoint's, never closed here.
 */
public final class LambdaOpsHealthCheck extends AbstractHealthCheck {

    /** Detail keys of a DOWN result. */
    public static final String AWS_ERROR_CODE = "aws.error.code";
    public static final String AWS_REQUEST_ID = "aws.request.id";
    public static final String PROBE = "probe";

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String endpointUri;
    private final String probeName;
    private final Supplier<CompletableFuture<?>> probe;

    /**
     * @param probeName the call, for the details: {@code GetAccountSettings}, {@code GetFunctionConfiguration}
     * @param probe     sends the call with the endpoint's client
     */
    public LambdaOpsHealthCheck(String id, String endpointUri, String probeName, Supplier<CompletableFuture<?>> probe) {
        super("camel", id);
        this.endpointUri = endpointUri;
        this.probeName = probeName;
        this.probe = probe;
    }

    @Override
    public boolean isLiveness() {
        return false; // a service that cannot be reached makes the route not ready; restarting would not help
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(HealthCheck.ENDPOINT_URI, endpointUri).detail(PROBE, probeName);
        try {
            probe.get().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            builder.up();
        } catch (ExecutionException | CompletionException e) {
            down(builder, e.getCause() != null ? e.getCause() : e);
        } catch (TimeoutException e) {
            builder.message(probeName + " had no answer within " + TIMEOUT.toSeconds() + "s").down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("interrupted").down();
        } catch (RuntimeException e) {
            down(builder, e);
        }
    }

    private void down(HealthCheckResultBuilder builder, Throwable error) {
        builder.error(error).message(probeName + " failed: " + error.getMessage());
        if (error instanceof AwsServiceException) {
            AwsServiceException aws = (AwsServiceException) error;
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, aws.statusCode());
            if (aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
                builder.detail(AWS_ERROR_CODE, aws.awsErrorDetails().errorCode());
            }
            if (aws.requestId() != null) {
                builder.detail(AWS_REQUEST_ID, aws.requestId());
            }
        }
        builder.down();
    }
}
