package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.runtime.EnvironmentLimits;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link LambdaEmulator} with these settings for the annotated test class, through
 * {@link LambdaEmulatorExtension}: the test gets it as a {@code LambdaEmulator} constructor or method parameter.
 * <pre>{@code @WithLambdaEmulator(region = "eu-west-1", stateTransitionDelayMillis = 500)
 * class MyTest {
 *     @Test
 *     void createsAFunction(LambdaEmulator emulator) { ... }
 * }}</pre>
 * Settings that are code (layer contents, handlers as lambdas) take {@link EmulatorSettings#builder()} and
 * {@code new LambdaEmulatorExtension(settings)} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LambdaEmulatorExtension.class)
public @interface WithLambdaEmulator {

    /** The port to serve on; 0 for a free one. */
    int port() default 0;

    String bindAddress() default EmulatorSettings.DEFAULT_BIND_ADDRESS;

    /** How many threads serve the API's connections; 0 for Netty's default, twice the available processors. */
    int ioThreads() default 0;

    /** The region of unsigned requests. */
    String region() default EmulatorSettings.DEFAULT_REGION;

    /** The account of every ARN. */
    String accountId() default EmulatorSettings.DEFAULT_ACCOUNT_ID;

    long stateTransitionDelayMillis() default 0;

    /** How long an idle execution environment stays warm (five minutes by default). */
    long environmentIdleTimeMillis() default EnvironmentLimits.DEFAULT_IDLE_MILLIS;

    /** How many execution environments may be alive at once. */
    int maxEnvironments() default EnvironmentLimits.DEFAULT_MAX_ENVIRONMENTS;

    /** The factor of AWS's delays between retries of Event invocations and of their maximum age (0.001: ms for s). */
    double retryDelayScale() default 1;

    /** {@code RUNTIME=EXECUTABLE} pairs, e.g. {@code "python3.12=/opt/python/bin/python3"}. */
    String[] interpreters() default {};

    boolean javaInProcesses() default false;

    /** {@code LAYER_VERSION_ARN=ZIP} pairs: the zips that replace published layers as functions' {@code /opt}. */
    String[] layers() default {};

    /** {@code HANDLER=CLASS} pairs: FunctionHandler classes with a public no-argument constructor. */
    String[] handlers() default {};

    /** {@code ACCESS_KEY_ID=SECRET_ACCESS_KEY} pairs: strict auth requires signatures by one of them. */
    String[] strictAuth() default {};

    long faultSeed() default 0;
}
