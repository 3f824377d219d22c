package io.github.lambdaops.emulator.conformance;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance suite: every case of {@code src/test/resources/conformance/cases} replayed over HTTP against one
 * emulator, reset before each case, and compared with the answers AWS gave. A case listed in
 * {@code known-differences.yaml} must still differ; any other must agree. Prints the count per family and writes
 * how each known difference shows to {@code target/conformance-differences.txt}.
 */
class ConformanceTest {
    private static final List<ConformanceCase> CASES = CaseFiles.load();
    private static final KnownDifferences KNOWN = KnownDifferences.load();
    private static final Defaults DEFAULTS = Defaults.load();
    private static final Map<String, int[]> TALLY = new TreeMap<>();
    private static final Map<String, List<String>> SEEN_DIFFERENCES = new LinkedHashMap<>();

    private static LambdaEmulator emulator;
    private static SignedHttp http;

    @BeforeAll
    static void start() {
        emulator = LambdaEmulator.start();
        http = new SignedHttp(emulator.endpoint());
    }

    @AfterAll
    static void stop() {
        http.close();
        emulator.close();
        report();
    }

    @Test
    void everyKnownDifferenceNamesACase() {
        Set<String> ids = CASES.stream().map(ConformanceCase::qualifiedId).collect(Collectors.toSet());
        assertThat(KNOWN.all().keySet()).allSatisfy(id -> assertThat(ids).as("cases").contains(id));
    }

    @TestFactory
    Stream<DynamicContainer> casesAgreeWithAws() {
        Map<String, List<ConformanceCase>> families = CASES.stream()
                .collect(Collectors.groupingBy(ConformanceCase::family, LinkedHashMap::new, Collectors.toList()));
        return families.entrySet().stream().map(family -> DynamicContainer.dynamicContainer(family.getKey(),
                family.getValue().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)))));
    }

    private static void check(ConformanceCase conformanceCase) {
        emulator.reset();
        List<String> differences = new CaseRun(conformanceCase, DEFAULTS, http).differences();
        String id = conformanceCase.qualifiedId();
        int[] tally = TALLY.computeIfAbsent(conformanceCase.family(), family -> new int[2]);
        if (KNOWN.contains(id)) {
            if (differences.isEmpty()) {
                fail(id + " now answers as AWS does: remove it from known-differences.yaml (" + KNOWN.reason(id) + ")");
            }
            tally[1]++;
            SEEN_DIFFERENCES.put(id, differences);
        } else if (!differences.isEmpty()) {
            fail(id + " differs from AWS (" + conformanceCase.source() + "):\n" + String.join("\n", differences));
        } else {
            tally[0]++;
        }
    }

    private static void report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-28s %6s %6s %6s", "family", "cases", "agree", "known"));
        int[] total = new int[2];
        TALLY.forEach((family, tally) -> {
            lines.add(String.format("%-28s %6d %6d %6d", family, tally[0] + tally[1], tally[0], tally[1]));
            total[0] += tally[0];
            total[1] += tally[1];
        });
        lines.add(String.format("%-28s %6d %6d %6d", "total", total[0] + total[1], total[0], total[1]));
        System.out.println("Conformance with AWS, per action family:\n" + String.join("\n", lines));
        List<String> report = new ArrayList<>(lines);
        SEEN_DIFFERENCES.forEach((id, differences) -> {
            report.add("");
            report.add(id + " -- " + KNOWN.reason(id));
            report.addAll(differences);
        });
        try {
            Files.write(Path.of("target", "conformance-differences.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
