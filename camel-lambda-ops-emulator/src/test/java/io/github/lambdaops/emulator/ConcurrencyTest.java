package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigListItem;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.ProvisionedConcurrencyStatusEnum;
import software.amazon.awssdk.services.lambda.model.PutProvisionedConcurrencyConfigResponse;
import software.amazon.awssdk.services.lambda.model.ThrottleReason;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.clientWithoutRetries;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyTest extends EmulatorSdkTest {
    static volatile CountDownLatch started = new CountDownLatch(0);
    static volatile CountDownLatch release = new CountDownLatch(0);

    @BeforeAll
    static void connect() {
        client = clientWithoutRetries(lambda.emulator());
        lambda.emulator().registerHandler("blocking.handler", (event, context) -> {
            started.countDown();
            release.await(20, TimeUnit.SECONDS);
            return "\"done\"".getBytes(StandardCharsets.UTF_8);
        });
    }

    @BeforeEach
    void reset() {
        client.createFunction(scriptFunction("orders", "blocking.handler").publish(true).build());
    }

    @AfterEach
    void releaseBlockedInvocations() {
        release.countDown();
    }

    @Test
    void reservedConcurrencyThrottlesInvokesBeyondTheLimitUntilOneEnds() throws Exception {
        client.putFunctionConcurrency(r -> r.functionName("orders").reservedConcurrentExecutions(1));
        started = new CountDownLatch(1);
        release = new CountDownLatch(1);
        CompletableFuture<InvokeResponse> running = CompletableFuture.supplyAsync(
                () -> client.invoke(r -> r.functionName("orders")));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("orders")))
                .isInstanceOfSatisfying(TooManyRequestsException.class, throttled -> {
                    assertThat(throttled.statusCode()).isEqualTo(429);
                    assertThat(throttled.reason())
                            .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
                });
        release.countDown();

        assertThat(running.get(20, TimeUnit.SECONDS).payload().asUtf8String()).isEqualTo("\"done\"");
        assertThat(client.invoke(r -> r.functionName("orders")).statusCode()).isEqualTo(200);
    }

    @Test
    void reservedConcurrencyOfZeroThrottlesEverySynchronousInvoke() {
        client.putFunctionConcurrency(r -> r.functionName("orders").reservedConcurrentExecutions(0));

        assertThatThrownBy(() -> client.invoke(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(lambda.emulator().invocationCount("orders")).isZero();
    }

    @Test
    void deleteFunctionConcurrencyLiftsTheLimit() {
        client.putFunctionConcurrency(r -> r.functionName("orders").reservedConcurrentExecutions(0));
        assertThat(client.getFunctionConcurrency(r -> r.functionName("orders")).reservedConcurrentExecutions())
                .isZero();
        assertThat(client.getFunction(r -> r.functionName("orders")).concurrency().reservedConcurrentExecutions())
                .isZero();

        client.deleteFunctionConcurrency(r -> r.functionName("orders"));

        assertThat(client.getFunctionConcurrency(r -> r.functionName("orders")).reservedConcurrentExecutions())
                .isNull();
        assertThat(client.invoke(r -> r.functionName("orders")).payload().asUtf8String()).isEqualTo("\"done\"");
    }

    @Test
    void reservingMoreThanLeavesAHundredUnreservedFailsAndAccountSettingsShowTheRest() {
        assertThatThrownBy(() -> client.putFunctionConcurrency(r -> r.functionName("orders")
                .reservedConcurrentExecutions(901)))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("UnreservedConcurrentExecution");

        client.putFunctionConcurrency(r -> r.functionName("orders").reservedConcurrentExecutions(250));

        assertThat(client.getAccountSettings(r -> { }).accountLimit().unreservedConcurrentExecutions()).isEqualTo(750);
    }

    @Test
    void provisionedConcurrencyOnAVersionIsAnsweredInProgressThenReady() {
        PutProvisionedConcurrencyConfigResponse put = client.putProvisionedConcurrencyConfig(r -> r
                .functionName("orders").qualifier("1").provisionedConcurrentExecutions(5));

        assertThat(put.status()).isEqualTo(ProvisionedConcurrencyStatusEnum.IN_PROGRESS);
        assertThat(put.allocatedProvisionedConcurrentExecutions()).isZero();
        var ready = client.getProvisionedConcurrencyConfig(r -> r.functionName("orders").qualifier("1"));
        assertThat(ready.requestedProvisionedConcurrentExecutions()).isEqualTo(5);
        assertThat(ready.status()).isEqualTo(ProvisionedConcurrencyStatusEnum.READY);
        assertThat(ready.allocatedProvisionedConcurrentExecutions()).isEqualTo(5);
        assertThat(client.listProvisionedConcurrencyConfigs(r -> r.functionName("orders"))
                .provisionedConcurrencyConfigs())
                .extracting(ProvisionedConcurrencyConfigListItem::functionArn)
                .containsExactly("arn:aws:lambda:us-east-1:000000000000:function:orders:1");
        client.deleteProvisionedConcurrencyConfig(r -> r.functionName("orders").qualifier("1"));
        assertThat(client.listProvisionedConcurrencyConfigs(r -> r.functionName("orders"))
                .provisionedConcurrencyConfigs()).isEmpty();
    }

    @Test
    void provisionedConcurrencyOnLatestOrMissingFailsLikeAws() {
        assertThatThrownBy(() -> client.putProvisionedConcurrencyConfig(r -> r.functionName("orders")
                .qualifier("$LATEST").provisionedConcurrentExecutions(1)))
                .isInstanceOf(InvalidParameterValueException.class);
        assertThatThrownBy(() -> client.getProvisionedConcurrencyConfig(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(ProvisionedConcurrencyConfigNotFoundException.class);
    }
}
