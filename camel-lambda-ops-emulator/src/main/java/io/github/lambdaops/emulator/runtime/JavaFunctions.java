package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.FunctionHandler;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The warm Java functions: one loaded instance per function version (and code), created on its first
 * invocation and kept until the version is deleted, times out, or the emulator closes.
 */
final class JavaFunctions implements AutoCloseable {
    private final ConcurrentMap<Key, Slot> loaded = new ConcurrentHashMap<>();
    private volatile LayerContents layers = LayerContents.NONE;

    private record Key(String functionArn, String codeSha256, String handler) {
        static Key of(FunctionVersion version) {
            return new Key(version.configuration().functionArn(), version.configuration().codeSha256(),
                    version.configuration().handler());
        }
    }

    void setLayerContents(LayerContents layers) {
        this.layers = layers;
    }

    FunctionHandler get(FunctionVersion version, String requestId) throws Exception {
        Key key = Key.of(version);
        Slot slot = loaded.computeIfAbsent(key, k -> new Slot());
        try {
            return slot.get(version, requestId, layers);
        } catch (Exception | Error e) {
            loaded.remove(key, slot); // a failed cold start is tried again on the next invocation, as AWS does
            throw e;
        }
    }

    /** Throws away the instance of one version, so that its next invocation starts cold. */
    void discard(FunctionVersion version) {
        Slot slot = loaded.remove(Key.of(version));
        if (slot != null) {
            slot.close();
        }
    }

    /** Unloads every version of a function (its unqualified ARN), or one version (its qualified ARN). */
    void unload(String functionArn) {
        LoadedFunctions.unload(loaded, Key::functionArn, functionArn, Slot::close);
    }

    @Override
    public void close() {
        loaded.values().forEach(Slot::close);
        loaded.clear();
    }

    /** Loads its function once, however many invocations ask for it at the same time. */
    private static final class Slot {
        private JavaFunction function;

        synchronized JavaFunction get(FunctionVersion version, String requestId, LayerContents layers)
                throws Exception {
            if (function == null) {
                function = JavaFunction.load(version, requestId, layers);
            }
            return function;
        }

        synchronized void close() {
            if (function != null) {
                function.close();
                function = null;
            }
        }
    }
}
