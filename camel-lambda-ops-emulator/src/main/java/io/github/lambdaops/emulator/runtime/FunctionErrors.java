package io.github.lambdaops.emulator.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the error payloads of failed invocations, in the shape AWS's Java runtime gives them. */
final class FunctionErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNTIME_PACKAGE = FunctionErrors.class.getPackageName() + ".";

    /** An error payload: message and type, and for a thrown exception its frames and its cause. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"errorMessage", "errorType", "stackTrace", "cause"})
    private record ErrorPayload(String errorMessage, String errorType, List<String> stackTrace, ErrorPayload cause) {
        ErrorPayload(String errorMessage, String errorType) {
            this(errorMessage, errorType, null, null);
        }
    }

    /** AWS's answer for an invocation that ran past its timeout, type first as AWS writes it. */
    @JsonPropertyOrder({"errorType", "errorMessage"})
    private record TimedOut(String errorType, String errorMessage) {
    }

    private FunctionErrors() {
    }

    /** {@code {"errorMessage", "errorType", "stackTrace": [...], "cause": {...}}} of a thrown exception. */
    static byte[] payloadOf(Throwable error) {
        return write(describe(error, 0));
    }

    static byte[] payloadOf(FunctionFailure failure) {
        return write(new ErrorPayload(failure.getMessage(), failure.errorType()));
    }

    /** What AWS answers for an invocation that ran past its timeout. */
    static byte[] timeoutPayload(String requestId, String timedOut) {
        return write(new TimedOut("Sandbox.Timedout", "RequestId: " + requestId + " Error: " + timedOut));
    }

    static String stackTraceText(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static ErrorPayload describe(Throwable error, int depth) {
        boolean hasCause = error.getCause() != null && error.getCause() != error && depth < 10;
        return new ErrorPayload(error.getMessage(), error.getClass().getName(), userFrames(error),
                hasCause ? describe(error.getCause(), depth + 1) : null);
    }

    /** The frames of the function's code: everything above the emulator's own invoking frames. */
    private static List<String> userFrames(Throwable error) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith(RUNTIME_PACKAGE)) {
                break;
            }
            if (frame.getClassName().startsWith("jdk.internal.reflect.")
                    || frame.getClassName().startsWith("java.lang.reflect.")) {
                continue;
            }
            frames.add(frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                    + frame.getLineNumber() + ")");
        }
        return frames;
    }

    private static byte[] write(Object payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
