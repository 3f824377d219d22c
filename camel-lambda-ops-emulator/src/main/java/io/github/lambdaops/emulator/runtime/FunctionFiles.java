package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A function version's files on disk for its processes: the zip unpacked (or the hot-reload directory copied) as the
 * task root ({@code /var/task}) and
 * its layers unpacked, in order, into the directory that stands for {@code /opt}.
 */
record FunctionFiles(Path root, Path task, Path opt) implements AutoCloseable {

    static FunctionFiles unpack(FunctionVersion version, LayerContents layers, String requestId) throws Exception {
        FunctionCode code = version.code();
        if (code.isHotReload() && !Files.isDirectory(code.directory())) {
            throw FunctionFailure.runtimeExit(requestId, "the hot-reload directory " + code.directory()
                    + " of this function does not exist (Code.S3Key names it).");
        }
        if (!code.hasZip() && !code.isHotReload()) {
            throw FunctionFailure.runtimeExit(requestId, "the lambda-ops emulator runs " + version.configuration().runtime()
                    + " functions from an uploaded ZipFile only, and this function's code is " + version.code().describe()
                    + ", which it never fetches. Upload the zip, or register a FunctionHandler for handler '"
                    + version.configuration().handler() + "'.");
        }
        Path root = Files.createTempDirectory("lambda-ops-" + version.name() + "-");
        FunctionFiles files = new FunctionFiles(root, root.resolve("task"), root.resolve("opt"));
        try {
            Files.createDirectories(files.task);
            Files.createDirectories(files.opt);
            if (code.isHotReload()) {
                copy(code.directory(), files.task);
            } else {
                ZipExtractor.extract(code.zipFile(), files.task);
            }
            FunctionConfiguration configuration = version.configuration();
            if (configuration.layers() != null) {
                for (FunctionConfiguration.Layer layer : configuration.layers()) {
                    byte[] zip = layers.zipOf(layer.arn()).orElse(null);
                    if (zip != null) {
                        ZipExtractor.extract(zip, files.opt);
                    }
                }
            }
            files.markExecutables();
            return files;
        } catch (Exception | Error e) {
            files.close();
            throw e;
        }
    }

    /**
     * Hot-reload code is copied, so that an environment runs one revision of it even while an editor or build
     * writes the next one (and the directory's own files never get marked executable).
     */
    private static void copy(Path directory, Path task) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path source : tree.toList()) {
                Path target = task.resolve(directory.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * Zip entries lose their Unix mode here, so what Lambda executes is made executable: the bootstraps and the
     * programs in {@code bin/}.
     */
    private void markExecutables() throws IOException {
        for (Path directory : new Path[] {task, opt}) {
            directory.resolve("bootstrap").toFile().setExecutable(true);
            Path bin = directory.resolve("bin");
            if (Files.isDirectory(bin)) {
                try (Stream<Path> programs = Files.walk(bin)) {
                    programs.filter(Files::isRegularFile).forEach(program -> program.toFile().setExecutable(true));
                }
            }
        }
    }

    @Override
    public void close() {
        ZipExtractor.deleteRecursively(root);
    }
}
