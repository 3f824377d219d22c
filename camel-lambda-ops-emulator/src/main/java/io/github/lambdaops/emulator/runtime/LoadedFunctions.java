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
}
