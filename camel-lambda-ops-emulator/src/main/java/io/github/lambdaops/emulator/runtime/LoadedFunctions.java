package io.github.lambdaops.emulator.runtime;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the runtimes keep per function version (loaded classes, warm processes), and how it goes away. */
final class LoadedFunctions {

    private LoadedFunctions() {
    }

    /**
     * Removes and closes the entries of every version of a function (its unqualified ARN) or of one version (its
     * qualified ARN).
     */
    static <K, V> void unload(Map<K, V> loaded, Function<K, String> functionArnOf, String functionArn,
                              Consumer<V> close) {
        loaded.entrySet().removeIf(entry -> {
            String arn = functionArnOf.apply(entry.getKey());
            boolean matches = arn.equals(functionArn) || arn.startsWith(functionArn + ":");
            if (matches) {
                close.accept(entry.getValue());
            }
            return matches;
        });
    }

    /**
     * Removes and closes the entries of the same version (function ARN) as {@code current} under other keys: what its
     * former configuration or code loaded.
     */
    static <K, V> void retireOthers(Map<K, V> loaded, Function<K, String> functionArnOf, K current,
                                    Consumer<V> close) {
        String functionArn = functionArnOf.apply(current);
        loaded.entrySet().removeIf(entry -> {
            boolean stale = functionArnOf.apply(entry.getKey()).equals(functionArn) && !entry.getKey().equals(current);
            if (stale) {
                close.accept(entry.getValue());
            }
            return stale;
        });
    }
}
