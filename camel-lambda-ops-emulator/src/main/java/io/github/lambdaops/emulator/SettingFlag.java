package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.runtime.EnvironmentLimits;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The settings as text, one flag each: what {@link Main} takes and lists with {@code --help}, and how the string
 * attributes of {@link WithLambdaEmulator} are read. Flags marked repeatable may be given more than once.
 */
enum SettingFlag {
    PORT("--port", "N", "the port to serve on; 0 (the default) for a free one",
            (settings, value) -> settings.port(Math.toIntExact(number(value)))),
    BIND_ADDRESS("--bind-address", "ADDRESS", "the address to serve on (default " + EmulatorSettings.DEFAULT_BIND_ADDRESS
            + "; 0.0.0.0 for every interface)", EmulatorSettings.Builder::bindAddress),
    IO_THREADS("--io-threads", "N", "how many threads serve the API's connections, round-robin; 0 (the default) for"
            + " Netty's, twice the processors; 1 serves every connection alike",
            (settings, value) -> settings.ioThreads(Math.toIntExact(number(value)))),
    REGION("--region", "REGION", "the region of unsigned requests (default " + EmulatorSettings.DEFAULT_REGION
            + "); a signed request acts in its signature's region", EmulatorSettings.Builder::region),
    ACCOUNT_ID("--account-id", "ACCOUNT_ID", "the account of every ARN, 12 digits (default "
            + EmulatorSettings.DEFAULT_ACCOUNT_ID + ")", EmulatorSettings.Builder::accountId),
    STATE_TRANSITION_DELAY("--state-transition-delay", "MILLISECONDS", "how long new and updated resources stay in"
            + " AWS's intermediate states (Pending, InProgress, Creating, ...); default 0",
            (settings, value) -> settings.stateTransitionDelay(Duration.ofMillis(millis(value)))),
    ENVIRONMENT_IDLE_TIME("--environment-idle-time", "MILLISECONDS", "how long an execution environment stays warm"
            + " without invocations before it is reclaimed (default " + EnvironmentLimits.DEFAULT_IDLE_MILLIS + ")",
            (settings, value) -> settings.environmentIdleTime(Duration.ofMillis(millis(value)))),
    MAX_ENVIRONMENTS("--max-environments", "N", "how many execution environments may be alive at once (default "
            + EnvironmentLimits.DEFAULT_MAX_ENVIRONMENTS + ")",
            (settings, value) -> settings.maxEnvironments(Math.toIntExact(number(value)))),
    RETRY_DELAY_SCALE("--retry-delay-scale", "FACTOR", "scales AWS's delays between retries of Event invocations and"
            + " their maximum age (default 1; 0.001: a minute becomes 60 ms)",
            (settings, value) -> settings.retryDelayScale(decimal(value))),
    INTERPRETER("--interpreter", "RUNTIME=EXECUTABLE", "runs the processes of a runtime (python3.12) or language"
            + " (python, nodejs, java) with EXECUTABLE; repeatable",
            (settings, value) -> settings.interpreter(key(value), Path.of(valueIn(value)))),
    JAVA_IN_PROCESSES("--java-in-processes", null, "runs Java functions in a JVM per execution environment, through"
            + " AWS's Runtime Interface Client (which must be on the class path)",
            (settings, value) -> settings.javaInProcesses(bool(value))),
    LAYER("--layer", "LAYER_VERSION_ARN=ZIP", "the zip of a layer version; given layers replace those published to"
            + " the emulator as functions' /opt; repeatable",
            (settings, value) -> settings.layerZip(key(value), Path.of(valueIn(value)))),
    HANDLER("--handler", "HANDLER=CLASS", "runs CLASS, a FunctionHandler with a public no-argument constructor on the"
            + " class path, for every function with that Handler; repeatable",
            (settings, value) -> settings.handler(key(value), handlerOf(valueIn(value)))),
    STRICT_AUTH("--strict-auth", "ACCESS_KEY_ID=SECRET_ACCESS_KEY", "requires every API request to be signed with"
            + " SigV4 by this key pair; repeatable",
            (settings, value) -> settings.strictAuth(key(value), valueIn(value))),
    FAULT_SEED("--fault-seed", "N", "the seed of fault rules that draw a fraction of requests and give none (default 0)",
            (settings, value) -> settings.faultSeed(number(value)));

    private final String flag;
    private final String valueLabel;
    private final String description;
    private final BiConsumer<EmulatorSettings.Builder, String> setter;

    SettingFlag(String flag, String valueLabel, String description,
                BiConsumer<EmulatorSettings.Builder, String> setter) {
        this.flag = flag;
        this.valueLabel = valueLabel;
        this.description = description;
        this.setter = setter;
    }

    static Optional<SettingFlag> of(String flag) {
        return Arrays.stream(values()).filter(setting -> setting.flag.equals(flag)).findFirst();
    }

    String flag() {
        return flag;
    }

    /** Whether the flag takes a value; one that does not is a switch, on when given ({@code --flag=false}: off). */
    boolean takesValue() {
        return valueLabel != null;
    }

    /** The flag, its value and what it does, as {@code --help} lists it. */
    String usage() {
        return usageLine(flag + (valueLabel == null ? "" : " " + valueLabel), description);
    }

    static String usageLine(String flagAndValue, String description) {
        return String.format("  %-46s %s", flagAndValue, description);
    }

    /** Applies {@code value} to {@code settings}; a value the setting refuses fails naming the flag. */
    void apply(EmulatorSettings.Builder settings, String value) {
        try {
            setter.accept(settings, value);
        } catch (RuntimeException e) {
            String shown = this == STRICT_AUTH ? "the key pair given" : "'" + value + "'";
            throw new IllegalArgumentException(flag + (valueLabel == null ? "" : " " + valueLabel) + " does not take "
                    + shown + ": " + e.getMessage(), e);
        }
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static double decimal(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static long millis(String value) {
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("expected a number of milliseconds, 0 or more");
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("expected true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static String key(String pair) {
        int equals = pair.indexOf('=');
        if (equals <= 0 || equals == pair.length() - 1) {
            throw new IllegalArgumentException("expected NAME=VALUE");
        }
        return pair.substring(0, equals);
    }

    private static String valueIn(String pair) {
        key(pair);
        return pair.substring(pair.indexOf('=') + 1);
    }

    private static FunctionHandler handlerOf(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!FunctionHandler.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(className + " does not implement " + FunctionHandler.class.getName());
            }
            return (FunctionHandler) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + className + " on the class path");
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException(className + " cannot be made with a public no-argument constructor: " + e);
        }
    }
}
