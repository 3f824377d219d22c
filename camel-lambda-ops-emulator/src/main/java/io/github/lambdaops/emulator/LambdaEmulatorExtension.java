package io.github.lambdaops.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link LambdaEmulator} for a test class: started before all its tests, closed after them. Use it as
 * {@code @RegisterExtension static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension();} and
 * {@code lambda.emulator()}, or as {@code @ExtendWith(LambdaEmulatorExtension.class)} with a
 * {@code LambdaEmulator} constructor or test method parameter. State is kept between tests: call
 * {@link LambdaEmulator#reset()} where a test needs a clean emulator. Settings other than the defaults:
 * {@code new LambdaEmulatorExtension(LambdaEmulator.builder().stateTransitionDelay(Duration.ofMillis(500)))}.
 */
public final class LambdaEmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private final LambdaEmulator.Builder settings;
    private LambdaEmulator emulator;
    /** The test class that started the emulator, and so closes it (not a nested class). */
    private String owner;

    /** An emulator with the default settings on a free port. */
    public LambdaEmulatorExtension() {
        this(LambdaEmulator.builder());
    }

    /** An emulator started with these settings. */
    public LambdaEmulatorExtension(LambdaEmulator.Builder settings) {
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
            emulator = settings.start();
            owner = classLevel(context).getUniqueId();
        }
        return emulator;
    }

    private static ExtensionContext classLevel(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
