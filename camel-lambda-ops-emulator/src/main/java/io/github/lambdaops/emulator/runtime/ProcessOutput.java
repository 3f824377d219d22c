package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A runtime process's output (stdout and stderr), written to a file that is copied into invocation logs: what the
 * process wrote before it posted a response is in the file by then, so the log is complete without waiting.
 * Output between invocations (the init phase, background work) goes into the next invocation's log.
 */
final class ProcessOutput implements AutoCloseable {
    /** At most this much of the output since the last copy is kept; the log tail is only 4 KB anyway. */
    private static final int MAX_COPY_BYTES = 64 * 1024;

    private final Path file;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private long copied;

    ProcessOutput() {
        try {
            this.file = Files.createTempFile("lambda-ops-output-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the process writes. */
    ProcessBuilder.Redirect redirect() {
        return ProcessBuilder.Redirect.appendTo(file.toFile());
    }

    /** Appends what the process wrote since the last copy to {@code log}. */
    synchronized void copyTo(LambdaLogger log) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size - copied > MAX_COPY_BYTES) {
                copied = size - MAX_COPY_BYTES;
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) (size - copied));
            while (bytes.hasRemaining() && channel.read(bytes, copied + bytes.position()) > 0) {
                // reads until the buffer is full
            }
            bytes.flip();
            CharBuffer text = CharBuffer.allocate(bytes.remaining());
            decoder.reset().decode(bytes, text, false); // a character cut off at the end waits for the next copy
            copied += bytes.position();
            if (text.position() > 0) {
                log.log(text.flip().toString());
            }
        } catch (IOException e) {
            log.log("[lambda-ops] cannot read the runtime's output: " + e.getMessage() + "\n");
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
