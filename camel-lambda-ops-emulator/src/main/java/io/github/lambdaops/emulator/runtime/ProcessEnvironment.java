package io.github.lambdaops.emulator.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.Channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An execution environment whose runtime is a local process: it starts the process with
 * {@code AWS_LAMBDA_RUNTIME_API} pointing at a Runtime API port of its own, hands it one invocation at a time and
 * waits for its response or error. It stays warm between invocations until its process exits, fails to
 * initialize, or is {@link #close() killed} (at a timeout).
 */
final class ProcessEnvironment implements RuntimeApi, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Channel listening;
    private final ProcessOutput output = new ProcessOutput();
    private final long startNanos = System.nanoTime();
    private Process process;
    /** How long the runtime took from its start to its first request for an event, once it asked. */
    private long initNanos = -1;
    private boolean initReported;
    private NextEvent waitingRuntime;
    private Turn turn;
    private Outcome initFailure;
    private boolean broken;

    private ProcessEnvironment(RuntimeApiServer server) {
        this.listening = server.listen(this);
    }

    /** Starts the process; a command that cannot run fails as AWS reports a missing entry point. */
    static ProcessEnvironment start(RuntimeApiServer server, ProcessLaunch launch, String requestId)
            throws FunctionFailure {
        ProcessEnvironment environment = new ProcessEnvironment(server);
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(environment.output.redirect());
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", RuntimeApiServer.address(environment.listening));
        try {
            Process process = builder.start();
            synchronized (environment) {
                environment.process = process;
            }
            process.onExit().thenAccept(exited -> environment.exited(exited.exitValue()));
            return environment;
        } catch (IOException e) {
            environment.close();
            String cause = e.getMessage() != null && e.getMessage().contains("error=13")
                    ? "permission denied" : "no such file or directory";
            throw new FunctionFailure("Runtime.InvalidEntrypoint",
                    "RequestId: " + requestId + " Error: fork/exec " + launch.command().get(0) + ": " + cause);
        }
    }


    /** True while the process runs and may take another invocation. */
    synchronized boolean isWarm() {
        return !broken && process.isAlive();
    }

    /**
     * Runs one invocation: its response, or a {@link ReportedError} for an error the runtime reported, or a
     * {@link FunctionFailure} when the runtime exited. Interrupting the wait (the timeout) kills the process.
     */
    byte[] invoke(Invocation invocation, byte[] event) throws Exception {
        Turn current = new Turn(invocation, event);
        synchronized (this) {
            turn = current;
            output.copyTo(invocation.log());
            invocation.outputFrom(() -> output.copyTo(invocation.log()));
            if (initFailure != null || broken) {
                current.outcome.complete(initFailure != null ? initFailure
                        : exitOutcome(invocation, process.isAlive() ? 137 : process.exitValue()));
            } else if (waitingRuntime != null) {
                NextEvent answer = waitingRuntime;
                waitingRuntime = null;
                deliver(answer, current);
            }
        }
        Outcome outcome;
        try {
            outcome = current.outcome.get();
        } catch (InterruptedException e) {
            close();
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        synchronized (this) {
            turn = null;
            output.copyTo(invocation.log());
            peakMemory(process).ifPresent(invocation::peakMemory);
        }
        return outcome.result();
    }

    /** The peak resident memory of a process (Linux's VmHWM), where the system tells it. */
    private static OptionalLong peakMemory(Process process) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public synchronized void next(NextEvent answer) {
        if (initNanos < 0) {
            initNanos = System.nanoTime() - startNanos;
        }
        if (turn != null && !turn.delivered && !turn.outcome.isDone()) {
            deliver(answer, turn);
        } else {
            waitingRuntime = answer;
        }
    }

    @Override
    public synchronized void response(String requestId, byte[] payload) throws RuntimeApiException {
        current(requestId).outcome.complete(new Outcome(payload, null, null));
    }

    @Override
    public synchronized void startStream(String requestId, String contentType) throws RuntimeApiException {
        Turn current = current(requestId);
        if (current.stream != null) {
            throw RuntimeApiException.invalidStateTransition("Invocation " + requestId + " is already streaming");
        }
        current.stream = new StreamedResponse(current.invocation, contentType);
    }

    @Override
    public synchronized void streamed(String requestId, byte[] chunk) throws RuntimeApiException {
        Turn current = streaming(requestId);
        if (!current.stream.write(chunk)) {
            current.outcome.complete(new Outcome(null, null, new FunctionFailure("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + current.stream.maxBytes()
                            + " bytes).")));
            throw new RuntimeApiException(413, "Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size");
        }
    }

    @Override
    public synchronized void endStream(String requestId) throws RuntimeApiException {
        Turn current = streaming(requestId);
        current.outcome.complete(new Outcome(current.stream.buffered(), null, null));
    }

    @Override
    public synchronized void error(String requestId, String errorType, byte[] payload) throws RuntimeApiException {
        current(requestId).outcome.complete(new Outcome(null, errorPayload(errorType, payload), null));
    }

    @Override
    public synchronized void initError(String errorType, byte[] payload) throws RuntimeApiException {
        if (initFailure != null || (turn != null && turn.delivered)) {
            throw RuntimeApiException.invalidStateTransition("The runtime already initialized");
        }
        broken = true;
        initFailure = new Outcome(null, errorPayload(errorType, payload), null);
        if (turn != null) {
            turn.outcome.complete(initFailure);
        }
    }

    /** Kills the process (and whatever it started) and stops listening. */
    @Override
    public void close() {
        Process running;
        synchronized (this) {
            broken = true;
            running = process;
        }
        listening.close();
        if (running != null) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
        output.close();
    }

    private synchronized void exited(int exitValue) {
        broken = true;
        if (turn != null && !turn.outcome.isDone()) {
            turn.outcome.complete(initFailure != null ? initFailure : exitOutcome(turn.invocation, exitValue));
        }
        listening.close();
    }

    private Turn current(String requestId) throws RuntimeApiException {
        if (turn == null || !turn.delivered || !turn.invocation.requestId().equals(requestId)) {
            throw RuntimeApiException.invalidRequestId(requestId);
        }
        if (turn.outcome.isDone()) {
            throw RuntimeApiException.invalidStateTransition("Invocation " + requestId + " has already finished");
        }
        return turn;
    }

    private Turn streaming(String requestId) throws RuntimeApiException {
        Turn current = current(requestId);
        if (current.stream == null) {
            throw RuntimeApiException.invalidStateTransition("Invocation " + requestId + " is not streaming");
        }
        return current;
    }

    private void deliver(NextEvent answer, Turn turn) {
        if (!initReported) {
            initReported = true;
            turn.invocation.initialized(initNanos); // the first invocation is the cold start
        }
        turn.invocation.restartClock();
        turn.delivered = answer.deliver(headersOf(turn.invocation), turn.event);
    }

    private static Map<String, String> headersOf(Invocation invocation) {
        FunctionContext context = invocation.context();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.put("Lambda-Runtime-Deadline-Ms",
                String.valueOf(System.currentTimeMillis() + context.getRemainingTimeInMillis()));
        headers.put("Lambda-Runtime-Invoked-Function-Arn", context.getInvokedFunctionArn());
        headers.put("Lambda-Runtime-Trace-Id", traceId());
        if (context.getClientContext() != null) {
            headers.put("Lambda-Runtime-Client-Context", ClientContexts.toJson(context.getClientContext()));
        }
        return headers;
    }

    private static String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                random.nextLong(1L << 48), random.nextLong(1L << 48), random.nextLong() & Long.MAX_VALUE);
    }

    /** The error as the runtime posted it when it is a JSON object, else wrapped into AWS's error shape. */
    private static byte[] errorPayload(String errorType, byte[] payload) {
        try {
            JsonNode body = JSON.readTree(payload);
            if (body != null && body.isObject()) {
                return payload;
            }
        } catch (IOException e) {
            // not JSON: wrapped below
        }
        Map<String, String> error = new LinkedHashMap<>();
        error.put("errorMessage", new String(payload, StandardCharsets.UTF_8));
        error.put("errorType", errorType == null || errorType.isEmpty() ? "Unhandled" : errorType);
        try {
            return JSON.writeValueAsBytes(error);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome exitOutcome(Invocation invocation, int exitValue) {
        String reason;
        if (exitValue == 0) {
            reason = "Runtime exited without providing a reason";
        } else if (exitValue > 128) {
            int signal = exitValue - 128;
            reason = "Runtime exited with error: signal: " + switch (signal) {
                case 9 -> "killed";
                case 15 -> "terminated";
                case 6 -> "aborted";
                case 11 -> "segmentation fault";
                default -> String.valueOf(signal);
            };
        } else {
            reason = "Runtime exited with error: exit status " + exitValue;
        }
        return new Outcome(null, null, FunctionFailure.runtimeExit(invocation.requestId(), reason));
    }

    /** What the runtime answered: a response, an error payload, or a failure of the runtime itself. */
    private record Outcome(byte[] response, byte[] error, FunctionFailure failure) {
        byte[] result() throws FunctionFailure, ReportedError {
            if (failure != null) {
                throw failure;
            }
            if (error != null) {
                throw new ReportedError(error);
            }
            return response;
        }
    }

    private static final class Turn {
        final Invocation invocation;
        final byte[] event;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        boolean delivered;
        StreamedResponse stream;

        Turn(Invocation invocation, byte[] event) {
            this.invocation = invocation;
            this.event = event;
        }
    }
}
