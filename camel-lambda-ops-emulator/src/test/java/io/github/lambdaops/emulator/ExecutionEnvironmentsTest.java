package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.fixtures.CountingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.eventually;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.javaFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.logTail;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.sourceFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Execution environments come and go as AWS's do: idle ones are reclaimed, their number is bounded, and a function
 * whose environment went starts cold, its REPORT line carrying an Init Duration. Each test runs an emulator with the
 * limits it is about.
 */
class ExecutionEnvironmentsTest {
    private static final Duration IDLE_TIME = Duration.ofMillis(200);
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String INIT_DURATION = "Init Duration: [0-9]+\\.[0-9]{2} ms\t";
    private static final String APP = """
            import os, time

            def pid(event, context):
                return os.getpid()

            def sleep(event, context):
                time.sleep(event["seconds"])
                return os.getpid()

            def hold(event, context):
                # says it runs, then keeps its environment busy until the test releases it
                with open(os.path.join(event["dir"], context.function_name), "w") as marker:
                    marker.write(str(os.getpid()))
                while not os.path.exists(os.path.join(event["dir"], "release")):
                    time.sleep(0.02)
                return os.getpid()

            def released(event, context):
                return os.path.exists(os.path.join(event["dir"], "release"))
            """;

    private final ExecutorService callers = Executors.newFixedThreadPool(3);
    private LambdaEmulator emulator;
    private LambdaClient client;

    @BeforeEach
    void needsPython() {
        assumeCommand("python3");
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void aColdStartReportsItsInitDurationAndAWarmInvocationDoesNot() {
        start(EmulatorSettings.builder());
        create("echo", "app.pid");

        InvokeResponse cold = invoke("echo", "{}");
        InvokeResponse warm = invoke("echo", "{}");

        assertThat(reportOf(cold)).containsPattern(INIT_DURATION);
        assertThat(reportOf(warm)).doesNotContain("Init Duration");
        assertThat(pidOf(warm)).isEqualTo(pidOf(cold));
    }

    @Test
    void aColdStartIsBilledForItsInitPhaseAndItsDuration() {
        start(EmulatorSettings.builder());
        create("echo", "app.pid");

        String report = reportOf(invoke("echo", "{}"));

        double spent = figure(report, "Init Duration") + figure(report, "Duration");
        double rounding = 0.01; // each printed figure is rounded to hundredths, the billed one up from the exact sum
        assertThat(figure(report, "Billed Duration")).isBetween(Math.floor(spent - rounding), Math.ceil(spent + rounding));
    }

    @Test
    void anIdleEnvironmentIsReclaimedAndItsFunctionStartsColdAgain() {
        start(EmulatorSettings.builder().environmentIdleTime(IDLE_TIME));
        create("echo", "app.pid");
        long first = pidOf(invoke("echo", "{}"));

        eventually(DEADLINE, () -> assertThat(isAlive(first)).isFalse());
        InvokeResponse again = invoke("echo", "{}");

        assertThat(pidOf(again)).isNotEqualTo(first);
        assertThat(reportOf(again)).containsPattern(INIT_DURATION);
    }

    @Test
    void anEnvironmentBusyForLongerThanTheIdleTimeIsNotReclaimed() {
        start(EmulatorSettings.builder().environmentIdleTime(IDLE_TIME));
        create("sleeper", "app.sleep");

        InvokeResponse response = invoke("sleeper", "{\"seconds\": 1}");

        assertThat(response.functionError()).isNull();
        assertThat(isAlive(pidOf(response))).isTrue();
    }

    @Test
    void atTheBoundANewEnvironmentTakesTheLeastRecentlyUsedIdleOnesPlace() {
        start(EmulatorSettings.builder().maxEnvironments(2));
        for (String name : new String[] {"one", "two", "three"}) {
            create(name, "app.pid");
        }
        long one = pidOf(invoke("one", "{}"));
        long two = pidOf(invoke("two", "{}"));

        long three = pidOf(invoke("three", "{}"));
        eventually(DEADLINE, () -> assertThat(isAlive(one)).isFalse());
        InvokeResponse twoAgain = invoke("two", "{}");
        InvokeResponse oneAgain = invoke("one", "{}");

        assertThat(pidOf(twoAgain)).isEqualTo(two);
        assertThat(reportOf(twoAgain)).doesNotContain("Init Duration");
        assertThat(reportOf(oneAgain)).containsPattern(INIT_DURATION);
        eventually(DEADLINE, () -> assertThat(isAlive(three)).isFalse());
        assertThat(isAlive(two)).isTrue();
    }

    @Test
    void whenEveryEnvironmentIsBusyAnInvocationWaitsForOneToBeFree(@TempDir Path dir) throws Exception {
        start(EmulatorSettings.builder().maxEnvironments(2));
        create("hold-1", "app.hold");
        create("hold-2", "app.hold");
        create("late", "app.released");
        String event = "{\"dir\": \"" + dir + "\"}";
        Future<InvokeResponse> first = callers.submit(() -> invoke("hold-1", event));
        Future<InvokeResponse> second = callers.submit(() -> invoke("hold-2", event));
        eventually(DEADLINE, () -> assertThat(dir.resolve("hold-1")).isNotEmptyFile());
        eventually(DEADLINE, () -> assertThat(dir.resolve("hold-2")).isNotEmptyFile());

        Future<InvokeResponse> late = callers.submit(() -> invoke("late", event));
        Thread.sleep(500); // time enough for it to run if it did not wait; it cannot end before the release
        assertThat(late).isNotDone();
        Files.createFile(dir.resolve("release"));

        assertThat(late.get().payload().asUtf8String()).isEqualTo("true");
        assertThat(first.get().functionError()).isNull();
        assertThat(second.get().functionError()).isNull();
    }

    @Test
    void resetAndCloseKillEveryRuntimeProcessIdleOrBusy(@TempDir Path dir) throws Exception {
        start(EmulatorSettings.builder());
        create("echo", "app.pid");
        create("hold", "app.hold");
        long idle = pidOf(invoke("echo", "{}"));
        String event = "{\"dir\": \"" + dir + "\"}";
        Future<InvokeResponse> held = callers.submit(() -> invoke("hold", event));
        long busy = markedPid(dir.resolve("hold"));

        emulator.reset();
        eventually(DEADLINE, () -> assertThat(isAlive(idle)).isFalse());
        Files.createFile(dir.resolve("release"));
        assertThat(held.get().functionError()).isNull();
        eventually(DEADLINE, () -> assertThat(isAlive(busy)).isFalse());

        Files.delete(dir.resolve("release"));
        Files.delete(dir.resolve("hold"));
        create("echo", "app.pid");
        create("hold", "app.hold");
        long idleAtClose = pidOf(invoke("echo", "{}"));
        callers.submit(() -> invoke("hold", event));
        long busyAtClose = markedPid(dir.resolve("hold"));
        emulator.close();

        eventually(DEADLINE, () -> assertThat(isAlive(idleAtClose)).isFalse());
        eventually(DEADLINE, () -> assertThat(isAlive(busyAtClose)).isFalse());
    }

    @Test
    void anIdleJavaFunctionIsUnloadedAndItsNextInvocationLoadsItAnew() {
        start(EmulatorSettings.builder().environmentIdleTime(IDLE_TIME));
        client.createFunction(javaFunction("counter", CountingHandler.class.getName(), CountingHandler.class).build());
        InvokeResponse cold = invoke("counter", "{}");
        assertThat(reportOf(cold)).containsPattern(INIT_DURATION);

        // each attempt lets the function idle for longer than the idle time, then invokes it
        eventually(DEADLINE, () -> {
            pause(IDLE_TIME.multipliedBy(2));
            InvokeResponse again = invoke("counter", "{}");
            assertThat(reportOf(again)).containsPattern(INIT_DURATION);
            assertThat(again.payload().asUtf8String()).isEqualTo("1");
        });
    }

    @Test
    void limitsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> EmulatorSettings.builder().environmentIdleTime(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleTime");
        assertThatThrownBy(() -> EmulatorSettings.builder().maxEnvironments(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEnvironments");
    }

    private void start(EmulatorSettings.Builder settings) {
        emulator = LambdaEmulator.start(settings.build());
        client = client(emulator);
    }

    private void create(String name, String handler) {
        client.createFunction(sourceFunction(name, "python3.12", handler, Map.of("app.py", APP)).timeout(30).build());
    }

    private InvokeResponse invoke(String function, String payload) {
        return client.invoke(r -> r.functionName(function).logType(LogType.TAIL).payload(SdkBytes.fromUtf8String(payload)));
    }

    private static String reportOf(InvokeResponse response) {
        String log = logTail(response);
        return log.substring(log.indexOf("REPORT RequestId:"));
    }

    /** A figure of the REPORT line, in milliseconds. */
    private static double figure(String report, String name) {
        Matcher figure = Pattern.compile("\t" + name + ": ([0-9.]+) ms").matcher("\t" + report);
        assertThat(figure.find()).as(name + " in " + report).isTrue();
        return Double.parseDouble(figure.group(1));
    }

    private static long pidOf(InvokeResponse response) {
        assertThat(response.functionError()).isNull();
        return Long.parseLong(response.payload().asUtf8String());
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The pid a held function wrote to its marker file, once it did. */
    private static long markedPid(Path marker) {
        eventually(DEADLINE, () -> assertThat(marker).isNotEmptyFile());
        try {
            return Long.parseLong(Files.readString(marker).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
