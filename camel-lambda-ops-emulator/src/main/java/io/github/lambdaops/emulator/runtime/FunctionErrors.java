package io.github.lambdaops.emulator.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the error payloads of failed invocations, in the shape AWS's Java runtime gives them. */
final class FunctionErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNTIME_PACKAGE = FunctionErrors.class.getPackageName() + ".";

    private FunctionErrors() {
    }

    /** {@code {"errorMessage", "errorType", "stackTrace": [...], "cause": {...}}} of a thrown exception. */
    static byte[] payloadOf(Throwable error) {
        return write(describe(error, 0));
    }

    static byte[] payloadOf(FunctionFailure failure) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("errorMessage", failure.getMessage());
        payload.put("errorType", failure.errorType());
        return write(payload);
    }

    /** What AWS answers for an invocation that ran past its timeout. */
    static byte[] timeoutPayload(String requestId, String timedOut) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("errorType", "Sandbox.Timedout");
        payload.put("errorMessage", "RequestId: " + requestId + " Error: " + timedOut);
        return write(payload);
    }

    static String stackTraceText(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static Map<String, Object> describe(Throwable error, int depth) {
        Map<String, Object> description = new LinkedHashMap<>();
        if (error.getMessage() != null) {
            description.put("errorMessage", error.getMessage());
        }
        description.put("errorType", error.getClass().getName());
        description.put("stackTrace", userFrames(error));
        if (error.getCause() != null && error.getCause() != error && depth < 10) {
            description.put("cause", describe(error.getCause(), depth + 1));
        }
        return description;
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
