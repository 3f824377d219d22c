package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which revision of its code an invocation runs, so that the runtimes load code anew when it changes: a package's
 * CodeSha256, or for hot-reload code a fingerprint of the directory as it is now (every file's path, size and
 * modification time, read on every invocation; contents are not hashed, so this stays cheap for a
 * {@code target/classes} or {@code node_modules} of thousands of files).
 */
final class CodeRevisions {

    private CodeRevisions() {
    }

    static String of(FunctionVersion version) {
        FunctionCode code = version.code();
        return code.isHotReload() ? fingerprint(code.directory()) : version.configuration().codeSha256();
    }

    private static String fingerprint(Path directory) {
        if (!Files.isDirectory(directory)) {
            return "missing";
        }
        MessageDigest digest = sha256();
        try (Stream<Path> tree = Files.walk(directory)) {
            List<Path> files = tree.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                digest.update((directory.relativize(file) + "\u0000" + attributes.size() + "\u0000"
                        + attributes.lastModifiedTime().toInstant() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable " + e.getMessage(); // a file went away mid-walk: the next invocation reads it again
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
