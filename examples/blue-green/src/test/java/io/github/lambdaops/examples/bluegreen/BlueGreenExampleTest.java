package io.github.lambdaops.examples.bluegreen;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlueGreenExampleTest {

    private static final Pattern COUNT = Pattern.compile("version (\\d+) answered (\\{[^}]*}) (\\d+) times");

    @Test
    void canaryReachesBothVersionsThenPromotionSendsEveryInvokeToGreen() throws Exception {
        String output;
        try (LambdaEmulator emulator = LambdaEmulator.start()) {
            output = runCapturingOutput(emulator);
            assertThat(emulator.invocationCount(BlueGreenRoutes.FUNCTION))
                    .isEqualTo(BlueGreenRoutes.CANARY_INVOKES + BlueGreenRoutes.PROMOTED_INVOKES);
        }

        Map<String, Integer> canary = counts(phase(output, "90/10: "));
        assertThat(canary).containsOnlyKeys("1 {\"color\":\"blue\"}", "2 {\"color\":\"green\"}");
        assertThat(canary.get("1 {\"color\":\"blue\"}")).isGreaterThan(canary.get("2 {\"color\":\"green\"}"));
        assertThat(canary.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(BlueGreenRoutes.CANARY_INVOKES);

        assertThat(counts(phase(output, "100%: ")))
                .containsExactly(Map.entry("2 {\"color\":\"green\"}", BlueGreenRoutes.PROMOTED_INVOKES));
        assertThat(output).contains("Deleted " + BlueGreenRoutes.FUNCTION);
    }

    private static String runCapturingOutput(LambdaEmulator emulator) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            BlueGreenExample.run(emulator.endpoint().toString(), "us-east-1", "arn:aws:iam::000000000000:role/example");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        return output;
    }

    /** The line the example logs after a phase's invokes. */
    private static String phase(String output, String prefix) {
        return output.lines().filter(line -> line.contains(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + prefix + "' in:\n" + output));
    }

    /** {@code "version answer"} -> how often, from a line such as {@code version 1 answered {"color":"blue"} 181 times}. */
    private static Map<String, Integer> counts(String line) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher matcher = COUNT.matcher(line);
        while (matcher.find()) {
            counts.put(matcher.group(1) + " " + matcher.group(2), Integer.parseInt(matcher.group(3)));
        }
        return counts;
    }
}
