package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link Context} a function receives. Beyond AWS's interface it offers {@link #getEnvironment()}: the
 * function's environment variables, since an in-JVM function cannot have a process environment of its own.
 */
public final class FunctionContext implements Context {
    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final String requestId;
    private final FunctionConfiguration configuration;
    private final String invokedFunctionArn;
    private final ClientContext clientContext;
    private final LambdaLogger logger;
    private volatile long deadlineNanos;
    private final String logStreamName;

    FunctionContext(String requestId, FunctionConfiguration configuration, String invokedFunctionArn,
                    ClientContext clientContext, LambdaLogger logger, long startNanos) {
        this.requestId = requestId;
        this.configuration = configuration;
        this.invokedFunctionArn = invokedFunctionArn;
        this.clientContext = clientContext;
        this.logger = logger;
        this.deadlineNanos = startNanos + configuration.timeout() * 1_000_000_000L;
        this.logStreamName = LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE) + "/[" + configuration.version() + "]"
                + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + configuration.functionName();
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return configuration.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return configuration.version();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invokedFunctionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return clientContext;
    }

    /** The function's time starts now: a process runtime's init phase is not part of it, as in Lambda. */
    void restartDeadline() {
        deadlineNanos = System.nanoTime() + configuration.timeout() * 1_000_000_000L;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public int getMemoryLimitInMB() {
        return configuration.memorySize();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    /** The function's {@code Environment.Variables}. */
    public Map<String, String> getEnvironment() {
        return configuration.environmentVariables();
    }
}
