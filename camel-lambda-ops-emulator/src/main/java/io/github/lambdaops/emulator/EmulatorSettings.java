package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.runtime.EnvironmentLimits;
import io.github.lambdaops.emulator.runtime.LayerContents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an emulator is started with, fixed for its life: {@code LambdaEmulator.start(EmulatorSettings.builder()
 * .region("eu-west-1").stateTransitionDelay(Duration.ofMillis(500)).build())}. The JUnit extension takes the same
 * settings (or reads them from {@link WithLambdaEmulator}), and {@link Main} has a flag for each. What tests change
 * while an emulator runs (fault rules, handlers registered later) are methods of {@link LambdaEmulator}.
 */
public final class EmulatorSettings {
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";

    private final int port;
    private final InetAddress bindAddress;
    private final int ioThreads;
    private final String region;
    private final String accountId;
    private final Duration stateTransitionDelay;
    private final EnvironmentLimits environmentLimits;
    private final double retryDelayScale;
    private final Map<String, Path> interpreters;
    private final boolean javaInProcesses;
    private final LayerContents layerContents;
    private final Map<String, FunctionHandler> handlers;
    private final Map<String, String> strictAuthKeys;
    private final long faultSeed;

    private EmulatorSettings(Builder builder) {
        this.port = builder.port;
        this.bindAddress = builder.bindAddress;
        this.ioThreads = builder.ioThreads;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.stateTransitionDelay = builder.stateTransitionDelay;
        this.environmentLimits = builder.environmentLimits;
        this.retryDelayScale = builder.retryDelayScale;
        this.interpreters = Map.copyOf(builder.interpreters);
        this.javaInProcesses = builder.javaInProcesses;
        this.layerContents = builder.layerContents();
        this.handlers = Map.copyOf(builder.handlers);
        this.strictAuthKeys = Map.copyOf(builder.strictAuthKeys);
        this.faultSeed = builder.faultSeed;
    }

    /** A free port of 127.0.0.1, account {@value #DEFAULT_ACCOUNT_ID}, region {@value #DEFAULT_REGION}, no delay. */
    public static EmulatorSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The port to serve on; 0 for a free one. */
    public int port() {
        return port;
    }

    /** The address to serve on: 127.0.0.1 by default, 0.0.0.0 for every interface. */
    public InetAddress bindAddress() {
        return bindAddress;
    }

    /** How many threads serve the API's HTTP connections; 0 for Netty's default, twice the available processors. */
    public int ioThreads() {
        return ioThreads;
    }

    /** The region of unsigned requests; a signed request acts in the region of its credential scope. */
    public String region() {
        return region;
    }

    /** The account of every ARN the emulator answers. */
    public String accountId() {
        return accountId;
    }

    public Duration stateTransitionDelay() {
        return stateTransitionDelay;
    }

    /** How long an idle execution environment stays warm, and how many may be alive at once. */
    public EnvironmentLimits environmentLimits() {
        return environmentLimits;
    }

    /**
     * The factor applied to AWS's timing of asynchronous invocations: the delays between retries and the maximum
     * age of events (1: AWS's own, a minute before the first retry; 0.001: 60 ms).
     */
    public double retryDelayScale() {
        return retryDelayScale;
    }

    /** The executables that run a runtime's ({@code python3.12}) or language's ({@code python}) processes. */
    public Map<String, Path> interpreters() {
        return interpreters;
    }

    public boolean javaInProcesses() {
        return javaInProcesses;
    }

    /** Where functions' layers come from, or empty for the layer versions published to the emulator. */
    public Optional<LayerContents> layerContents() {
        return Optional.ofNullable(layerContents);
    }

    /** The handlers registered from the start, by the Handler setting whose functions they run. */
    public Map<String, FunctionHandler> handlers() {
        return handlers;
    }

    /** The key pairs strict auth accepts (secret access keys by access key id); none: strict auth is off. */
    Map<String, String> strictAuthKeys() {
        return strictAuthKeys;
    }

    public boolean strictAuth() {
        return !strictAuthKeys.isEmpty();
    }

    public long faultSeed() {
        return faultSeed;
    }

    /** The settings, secret access keys left out. */
    @Override
    public String toString() {
        return "EmulatorSettings[bindAddress=" + bindAddress.getHostAddress() + ", port=" + port
                + ", ioThreads=" + ioThreads + ", region=" + region
                + ", accountId=" + accountId + ", stateTransitionDelay=" + stateTransitionDelay + ", environmentLimits=" + environmentLimits
                + ", retryDelayScale=" + retryDelayScale
                + ", interpreters=" + interpreters + ", javaInProcesses=" + javaInProcesses
                + ", layerContents=" + (layerContents == null ? "published layers" : "given")
                + ", handlers=" + handlers.keySet() + ", strictAuthKeys=" + strictAuthKeys.keySet()
                + ", faultSeed=" + faultSeed + "]";
    }

    /** Builds settings; each method checks its value and names the setting when it refuses one. */
    public static final class Builder {
        private int port;
        private InetAddress bindAddress = addressOf(DEFAULT_BIND_ADDRESS);
        private int ioThreads;
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private Duration stateTransitionDelay = Duration.ZERO;
        private EnvironmentLimits environmentLimits = EnvironmentLimits.DEFAULT;
        private double retryDelayScale = 1;
        private final Map<String, Path> interpreters = new LinkedHashMap<>();
        private boolean javaInProcesses;
        private LayerContents layerContents;
        private final Map<String, Path> layerZips = new LinkedHashMap<>();
        private final Map<String, FunctionHandler> handlers = new LinkedHashMap<>();
        private final Map<String, String> strictAuthKeys = new LinkedHashMap<>();
        private long faultSeed;

        private Builder() {
        }

        /** The port to serve on, 0..65535; 0 (the default) for a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535 (0 for a free one), not " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to serve on, an IP address or a name of this machine: 127.0.0.1 by default. */
        public Builder bindAddress(String address) {
            this.bindAddress = addressOf(required("bindAddress", address));
            return this;
        }

        private static InetAddress addressOf(String address) {
            try {
                return InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("bindAddress must be an IP address or host name of this machine,"
                        + " not " + address, e);
            }
        }

        /**
         * How many threads serve the API's HTTP connections: 0 (the default) for Netty's default, twice the available
         * processors. Connections are spread over the threads round-robin, and what a call costs its client depends on
         * the thread serving its connection: on 2 cores, six identical SDK clients differed by up to 7 µs of CPU per
         * 1 KB invoke (about 5%) by that alone, and agreed within 0.4 µs with one thread. Benchmarks that compare
         * clients call by call want 1, so that every connection is served alike; tests and small machines may want
         * fewer threads too.
         */
        public Builder ioThreads(int threads) {
            if (threads < 0) {
                throw new IllegalArgumentException("ioThreads must be 0 (Netty's default) or more, not " + threads);
            }
            this.ioThreads = threads;
            return this;
        }

        /** The region of unsigned requests ({@value #DEFAULT_REGION} by default), such as {@code eu-west-1}. */
        public Builder region(String region) {
            if (region == null || !region.matches("[a-z0-9]+(-[a-z0-9]+)+")) {
                throw new IllegalArgumentException("region must be a region name such as eu-west-1, not " + region);
            }
            this.region = region;
            return this;
        }

        /** The account of the emulator's ARNs: 12 digits, {@value #DEFAULT_ACCOUNT_ID} by default. */
        public Builder accountId(String accountId) {
            if (accountId == null || !accountId.matches("\\d{12}")) {
                throw new IllegalArgumentException("accountId must be 12 digits, not " + accountId);
            }
            this.accountId = accountId;
            return this;
        }

        /**
         * How long created and updated resources stay in AWS's intermediate states (a function {@code Pending},
         * its {@code LastUpdateStatus InProgress}, an event source mapping {@code Creating}, ...) before they
         * reach their final one. Zero (the default) still answers them in their intermediate state, as AWS does,
         * but settles them before the answer is sent, so that the next request finds them final.
         */
        public Builder stateTransitionDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("stateTransitionDelay must be zero or positive, not " + delay);
            }
            this.stateTransitionDelay = delay;
            return this;
        }

        /**
         * How long an execution environment (a runtime process, a Java function loaded in this JVM) stays warm
         * without invocations before it is reclaimed, and its function's next invocation starts cold; five minutes
         * by default.
         */
        public Builder environmentIdleTime(Duration idleTime) {
            this.environmentLimits = environmentLimits.withIdleTime(idleTime);
            return this;
        }

        /**
         * How many execution environments may be alive at once, 32 by default: beyond that a new one takes the
         * place of the least recently used idle one, or, when all are busy, waits for one to end or fall idle.
         */
        public Builder maxEnvironments(int maxEnvironments) {
            this.environmentLimits = environmentLimits.withMaxEnvironments(maxEnvironments);
            return this;
        }

        /**
         * Scales AWS's timing of asynchronous invocations, the delays between retries and the maximum age of events
         * alike, so that tests wait milliseconds rather than minutes: 1 (the default) keeps AWS's, 0.001 makes the
         * minute before a first retry 60 ms and the default maximum age of six hours 21.6 s.
         */
        public Builder retryDelayScale(double scale) {
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("retryDelayScale must be a positive number (1 for AWS's delays),"
                        + " not " + scale);
            }
            this.retryDelayScale = scale;
            return this;
        }

        /**
         * Runs the processes of a runtime ({@code python3.12}) or language ({@code python}, {@code nodejs},
         * {@code java}) with {@code executable} rather than the interpreter found on the PATH.
         */
        public Builder interpreter(String runtimeOrLanguage, Path executable) {
            if (executable == null) {
                throw new IllegalArgumentException("interpreter needs an executable for " + runtimeOrLanguage);
            }
            interpreters.put(required("interpreter's runtime or language", runtimeOrLanguage), executable);
            return this;
        }

        /**
         * Runs Java functions each in a JVM of their own per execution environment, through AWS's Runtime Interface
         * Client (which must be on the class path), instead of in this JVM (the default, and faster): a function
         * that calls {@code System.exit} or runs past its timeout then cannot harm the emulator.
         */
        public Builder javaInProcesses(boolean inProcesses) {
            this.javaInProcesses = inProcesses;
            return this;
        }

        /**
         * Where functions' layers come from: process runtimes get their contents as their {@code /opt}, Java
         * functions the jars of their {@code java/lib}. By default, the layer versions published to the emulator.
         */
        public Builder layerContents(LayerContents layers) {
            this.layerContents = layers;
            return this;
        }

        /** The zip file of a layer version, by its ARN: given layer zips replace the published layers as contents. */
        public Builder layerZip(String layerVersionArn, Path zip) {
            if (zip == null || !Files.isRegularFile(zip)) {
                throw new IllegalArgumentException("layerZip of " + layerVersionArn + " must be a zip file, not " + zip);
            }
            layerZips.put(required("layerZip's layer version ARN", layerVersionArn), zip);
            return this;
        }

        /** Makes every function whose Handler setting equals {@code handler} run {@code function}. */
        public Builder handler(String handler, FunctionHandler function) {
            if (function == null) {
                throw new IllegalArgumentException("handler " + handler + " needs a FunctionHandler");
            }
            handlers.put(required("handler", handler), function);
            return this;
        }

        /**
         * Turns strict auth on and accepts requests signed with this key pair (call again for more pairs): every
         * API request must then be signed with SigV4 by one of them, within five minutes of the emulator's clock.
         */
        public Builder strictAuth(String accessKeyId, String secretAccessKey) {
            required("strictAuth's access key id", accessKeyId);
            strictAuthKeys.put(accessKeyId, required("strictAuth's secret access key", secretAccessKey));
            return this;
        }

        /** The seed of fault rules that draw a fraction of requests and give no seed of their own (0 by default). */
        public Builder faultSeed(long seed) {
            this.faultSeed = seed;
            return this;
        }

        public EmulatorSettings build() {
            if (layerContents != null && !layerZips.isEmpty()) {
                throw new IllegalArgumentException("Give layerContents or layerZip files, not both");
            }
            return new EmulatorSettings(this);
        }

        private LayerContents layerContents() {
            if (layerZips.isEmpty()) {
                return layerContents;
            }
            Map<String, Path> zips = Map.copyOf(layerZips);
            return arn -> Optional.ofNullable(zips.get(arn)).map(Builder::read);
        }

        private static byte[] read(Path zip) {
            try {
                return Files.readAllBytes(zip);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the layer zip " + zip, e);
            }
        }

        private static String required(String setting, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(setting + " must not be blank");
            }
            return value;
        }
    }
}
