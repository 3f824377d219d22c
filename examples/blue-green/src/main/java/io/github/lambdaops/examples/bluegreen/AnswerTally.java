package io.github.lambdaops.examples.bluegreen;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts a series of invokes' answers by the version that executed them ({@code CamelLambdaOpsExecutedVersion}). */
public final class AnswerTally {

    private final Map<String, Integer> counts = new TreeMap<>();

    public void record(String executedVersion, String answer) {
        counts.merge("version " + executedVersion + " answered " + answer, 1, Integer::sum);
    }

    /** E.g. {@code version 1 answered {"color":"blue"} 181 times, version 2 answered {"color":"green"} 19 times}. */
    @Override
    public String toString() {
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " " + count.getValue() + " times")
                .collect(Collectors.joining(", "));
    }
}
