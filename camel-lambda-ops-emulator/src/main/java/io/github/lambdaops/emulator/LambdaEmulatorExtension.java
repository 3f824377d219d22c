package io.github.lambdaops.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs a {@link LambdaEmulator} for a test class: started before all its tests, closed after them. Use it as
 * {@code @RegisterExtension static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension();} and
 * {@code lambda.emulator()}, or declare it with {@link WithLambdaEmulator} (or {@code @ExtendWith}) and take a
 * {@code LambdaEmulator} constructor or test method parameter. State is kept between tests: call
 * {@link LambdaEmulator#reset()} where a test needs a clean emulator. Settings other than the defaults:
 * {@code new LambdaEmulatorExtension(EmulatorSettings.builder().stateTransitionDelay(Duration.ofMillis(500)).build())},
 * or the attributes of {@link WithLambdaEmulator}.
 */
public final class LambdaEmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    /** The settings given, or null to read them from the test class's {@link WithLambdaEmulator}. */
    private final EmulatorSettings settings;
    private LambdaEmulator emulator;
    /** The test class that started the emulator, and so closes it (not a nested class). */
    private String owner;

    /** An emulator with the settings of the test class's {@link WithLambdaEmulator}, else the defaults. */
    public LambdaEmulatorExtension() {
        this.settings = null;
    }

    /** An emulator started with these settings. */
    public LambdaEmulatorExtension(EmulatorSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("LambdaEmulatorExtension needs settings, e.g. EmulatorSettings.defaults()");
        }
        this.settings = settings;
    }

    /** The running emulator. */
    public synchronized LambdaEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The emulator runs only while the test class does");
        }
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (emulator != null && classLevel(context).getUniqueId().equals(owner)) {
            emulator.close();
            emulator = null;
            owner = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LambdaEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // with a per-class test instance, the constructor is resolved before beforeAll
        return startFor(context);
    }

    private synchronized LambdaEmulator startFor(ExtensionContext context) {
        if (emulator == null) {
            ExtensionContext testClass = classLevel(context);
            emulator = LambdaEmulator.start(settings != null ? settings : declaredSettings(testClass));
            owner = testClass.getUniqueId();
        }
        return emulator;
    }

    /** The settings of the {@link WithLambdaEmulator} on the test class or a class enclosing it, else the defaults. */
    private static EmulatorSettings declaredSettings(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<WithLambdaEmulator> declared = AnnotationSupport.findAnnotation(type, WithLambdaEmulator.class);
            if (declared.isPresent()) {
                return settingsOf(declared.get());
            }
        }
        return EmulatorSettings.defaults();
    }

    private static EmulatorSettings settingsOf(WithLambdaEmulator declared) {
        EmulatorSettings.Builder settings = EmulatorSettings.builder()
                .port(declared.port())
                .bindAddress(declared.bindAddress())
                .ioThreads(declared.ioThreads())
                .region(declared.region())
                .accountId(declared.accountId())
                .stateTransitionDelay(Duration.ofMillis(declared.stateTransitionDelayMillis()))
                .environmentIdleTime(Duration.ofMillis(declared.environmentIdleTimeMillis()))
                .maxEnvironments(declared.maxEnvironments())
                .retryDelayScale(declared.retryDelayScale())
                .javaInProcesses(declared.javaInProcesses())
                .faultSeed(declared.faultSeed());
        for (String pair : declared.interpreters()) {
            SettingFlag.INTERPRETER.apply(settings, pair);
        }
        for (String pair : declared.layers()) {
            SettingFlag.LAYER.apply(settings, pair);
        }
        for (String pair : declared.handlers()) {
            SettingFlag.HANDLER.apply(settings, pair);
        }
        for (String pair : declared.strictAuth()) {
            SettingFlag.STRICT_AUTH.apply(settings, pair);
        }
        return settings.build();
    }

    private static ExtensionContext classLevel(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
