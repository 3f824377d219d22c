package io.github.lambdaops.emulator.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds the executable that runs a runtime's processes: one set for the runtime identifier ({@code python3.12}) or
 * its language ({@code python}, {@code nodejs}, {@code java}), else the runtime's own name on the PATH
 * ({@code python3.12}), else the language's ({@code python3}, {@code node}), taking only one that runs;
 * Java runs on this JVM's {@code java}.
 */
final class Interpreters {
    /** What the PATH offers does not change while the JVM runs: looked up once for every emulator. */
    private static final Map<String, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private final Map<String, Path> configured = new ConcurrentHashMap<>();

    void set(String runtimeOrLanguage, Path executable) {
        configured.put(runtimeOrLanguage, executable);
    }

    /** The executable, or a path that does not exist when none is found: starting it then fails as AWS reports. */
    Path find(String runtime, RuntimeKind kind) {
        Path chosen = configured.get(runtime);
        if (chosen == null) {
            chosen = configured.get(kind.language());
        }
        if (chosen != null) {
            return chosen;
        }
        if (kind == RuntimeKind.JAVA) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        return onPath(runtime, kind).or(() -> onPath(kind.defaultCommand(), kind)).orElse(Path.of(runtime));
    }

    /**
     * The executable behind the first {@code command} on the PATH that runs: version managers' shims may exist for
     * versions they lack, and are slow to start, so the interpreter's own path is asked for and used.
     */
    private static Optional<Path> onPath(String command, RuntimeKind kind) {
        String path = System.getenv("PATH");
        if (path == null || command == null) {
            return Optional.empty();
        }
        return FOUND.computeIfAbsent(command, c -> Stream.of(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, c))
                .filter(Files::isExecutable)
                .map(candidate -> realExecutable(candidate, kind))
                .flatMap(Optional::stream)
                .findFirst());
    }

    private static Optional<Path> realExecutable(Path candidate, RuntimeKind kind) {
        List<String> command = new ArrayList<>();
        command.add(candidate.toString());
        command.addAll(kind.printExecutable());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().keySet().retainAll(Set.of("PATH", "HOME"));
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String executable = new String(output, StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 && !executable.isEmpty() && Files.isExecutable(Path.of(executable))
                    ? Optional.of(Path.of(executable)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
