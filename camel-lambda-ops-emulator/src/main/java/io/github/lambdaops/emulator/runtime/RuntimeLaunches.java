package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.domain.FunctionConfiguration;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the command and environment of a runtime process as Lambda sets them up: the function's variables and
 * the reserved ones ({@code _HANDLER}, {@code LAMBDA_TASK_ROOT}, {@code AWS_LAMBDA_FUNCTION_NAME}, ...), the
 * layers' directories where each language looks for them, and the runtime interface: our own loop scripts for
 * Python and Node.js, the {@code bootstrap} of a custom runtime, AWS's Runtime Interface Client for Java.
 */
final class RuntimeLaunches implements AutoCloseable {
    private static final String PYTHON_RUNTIME = "python_runtime.py";
    private static final String NODE_RUNTIME = "node_runtime.cjs";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** The classes whose jars make up the Runtime Interface Client's class path. */
    private static final List<String> RIC_CLASSES = List.of(RIC_MAIN,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");
    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Interpreters interpreters;
    private Path runtimeDirectory;

    RuntimeLaunches(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    ProcessLaunch launch(RuntimeKind kind, FunctionConfiguration configuration, FunctionFiles files, String requestId)
            throws FunctionFailure {
        String runtime = configuration.runtime();
        Map<String, String> environment = new LinkedHashMap<>(configuration.environmentVariables());
        environment.putAll(reservedVariables(kind, configuration, files));
        List<String> command = new ArrayList<>();
        switch (kind) {
            case PYTHON -> {
                environment.put("PYTHONPATH", joinPaths(files.task(),
                        files.opt().resolve("python/lib/" + runtime + "/site-packages"), files.opt().resolve("python")));
                command.addAll(List.of(interpreter(runtime, kind), "-u", runtimeScript(PYTHON_RUNTIME)));
            }
            case NODEJS -> {
                String major = runtime.replaceAll("\\D*(\\d+).*", "$1");
                environment.put("NODE_PATH", joinPaths(files.opt().resolve("nodejs/node" + major + "/node_modules"),
                        files.opt().resolve("nodejs/node_modules"), files.task()));
                command.addAll(List.of(interpreter(runtime, kind), runtimeScript(NODE_RUNTIME)));
            }
            case PROVIDED -> {
                Path bootstrap = files.task().resolve("bootstrap");
                command.add((Files.exists(bootstrap) || !Files.exists(files.opt().resolve("bootstrap"))
                        ? bootstrap : files.opt().resolve("bootstrap")).toString());
            }
            case JAVA -> {
                int heapMegabytes = Math.max(64, configuration.memorySize() * 85 / 100);
                command.addAll(List.of(interpreter(runtime, kind), "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC", "-Xshare:auto", "-XX:MaxHeapSize=" + heapMegabytes + "m",
                        "-cp", ricClassPath(files, requestId), RIC_MAIN, configuration.handler()));
            }
        }
        return new ProcessLaunch(command, environment, files.task());
    }

    private Map<String, String> reservedVariables(RuntimeKind kind, FunctionConfiguration configuration,
                                                  FunctionFiles files) {
        String region = configuration.functionArn().split(":")[3];
        Map<String, String> reserved = new LinkedHashMap<>();
        reserved.put("_HANDLER", Objects.toString(configuration.handler(), ""));
        reserved.put("AWS_REGION", region);
        reserved.put("AWS_DEFAULT_REGION", region);
        if (kind != RuntimeKind.PROVIDED) {
            reserved.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + configuration.runtime());
        }
        reserved.put("AWS_LAMBDA_FUNCTION_NAME", configuration.functionName());
        reserved.put("AWS_LAMBDA_FUNCTION_VERSION", configuration.version());
        reserved.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(configuration.memorySize()));
        reserved.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + configuration.functionName());
        reserved.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE)
                + "/[" + configuration.version() + "]" + UUID.randomUUID().toString().replace("-", ""));
        reserved.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        reserved.put("LAMBDA_TASK_ROOT", files.task().toString());
        reserved.put("LAMBDA_RUNTIME_DIR", runtimeDirectory().toString());
        reserved.put("LANG", "en_US.UTF-8");
        reserved.put("TZ", ":UTC");
        reserved.put("PATH", joinPaths(files.opt().resolve("bin")) + File.pathSeparator
                + Objects.toString(System.getenv("PATH"), "/usr/local/bin:/usr/bin:/bin"));
        reserved.put("LD_LIBRARY_PATH", joinPaths(files.task().resolve("lib"), files.opt().resolve("lib")));
        return reserved;
    }

    private String interpreter(String runtime, RuntimeKind kind) {
        return interpreters.find(runtime, kind).toString();
    }

    /** AWS's Runtime Interface Client from the emulator's class path, then the layers' {@code java/lib} jars. */
    private static String ricClassPath(FunctionFiles files, String requestId) throws FunctionFailure {
        List<Path> classPath = new ArrayList<>();
        for (String className : RIC_CLASSES) {
            try {
                Class<?> type = Class.forName(className, false, RuntimeLaunches.class.getClassLoader());
                classPath.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
                if (className.equals(RIC_MAIN)) {
                    throw new FunctionFailure("Runtime.InvalidEntrypoint", "RequestId: " + requestId + " Error: Java"
                            + " functions run in processes through com.amazonaws:aws-lambda-java-runtime-interface-client,"
                            + " which is not on the emulator's class path");
                }
            }
        }
        Path layerJars = files.opt().resolve("java/lib");
        if (Files.isDirectory(layerJars)) {
            try (Stream<Path> jars = Files.list(layerJars)) {
                jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().forEach(classPath::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return joinPaths(classPath.toArray(Path[]::new));
    }

    /** Our runtime interface scripts, copied once from the emulator's resources into a directory of their own. */
    private synchronized Path runtimeDirectory() {
        if (runtimeDirectory == null) {
            try {
                Path directory = Files.createTempDirectory("lambda-ops-runtime-");
                for (String script : List.of(PYTHON_RUNTIME, NODE_RUNTIME)) {
                    try (InputStream in = RuntimeLaunches.class.getResourceAsStream(script)) {
                        Files.copy(Objects.requireNonNull(in, script), directory.resolve(script));
                    }
                }
                runtimeDirectory = directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runtimeDirectory;
    }

    private String runtimeScript(String script) {
        return runtimeDirectory().resolve(script).toString();
    }

    private static String joinPaths(Path... paths) {
        return Stream.of(paths).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    @Override
    public synchronized void close() {
        ZipExtractor.deleteRecursively(runtimeDirectory);
        runtimeDirectory = null;
    }
}
