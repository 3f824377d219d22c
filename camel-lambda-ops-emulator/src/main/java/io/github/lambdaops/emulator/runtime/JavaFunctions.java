package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.FunctionHandler;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The warm Java functions: one loaded instance per function version (and revision of its code: a hot-reload
 * directory that changed loads in a fresh class loader), created on its first
 * invocation, shared by concurrent invocations, and kept until it is idle for too long or its place is needed
 * (see {@link LiveEnvironments}), the version is deleted, it times out, or the emulator closes.
 */
final class JavaFunctions implements AutoCloseable {
    private final ConcurrentMap<Key, Slot> loaded = new ConcurrentHashMap<>();
    private final LiveEnvironments live;
    private volatile LayerContents layers = LayerContents.NONE;

    private record Key(String functionArn, String codeRevision, String handler) {
        static Key of(FunctionVersion version) {
            return new Key(version.configuration().functionArn(), CodeRevisions.of(version),
                    version.configuration().handler());
        }
    }

    JavaFunctions(LiveEnvironments live) {
        this.live = live;
    }

    void setLayerContents(LayerContents layers) {
        this.layers = layers;
    }

    /** Runs an invocation in its version's loaded instance, loading it first (a cold start) when there is none. */
    byte[] invoke(Invocation invocation, byte[] event) throws Exception {
        Key key = Key.of(invocation.version());
        Slot slot = loaded.get(key);
        if (slot == null) {
            Slot created = new Slot();
            slot = loaded.putIfAbsent(key, created);
            if (slot == null) {
                slot = created;
                LoadedFunctions.retireOthers(loaded, Key::functionArn, key, Slot::close); // its former code or configuration
            }
        }
        Instance instance = slot.acquire(invocation);
        try {
            return instance.function.handle(event, invocation.context());
        } finally {
            slot.release(instance);
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

    /** A loaded function and how many invocations run in it. */
    private static final class Instance {
        final JavaFunction function;
        int running;

        Instance(JavaFunction function) {
            this.function = function;
        }
    }

    /** Loads its function once, however many invocations ask for it at the same time; a failed load is retried. */
    private final class Slot {
        private Instance current;

        Instance acquire(Invocation invocation) throws Exception {
            synchronized (this) {
                if (resumeCurrent()) {
                    return current;
                }
            }
            live.reserve();
            synchronized (this) {
                if (resumeCurrent()) {
                    live.ended(); // another invocation loaded it meanwhile
                    return current;
                }
                long start = System.nanoTime();
                try {
                    current = new Instance(JavaFunction.load(invocation.version(), invocation.requestId(), layers));
                } catch (Exception | Error e) {
                    live.ended();
                    throw e;
                }
                invocation.initialized(System.nanoTime() - start);
                current.running++;
                return current;
            }
        }

        synchronized void release(Instance instance) {
            instance.running--;
            if (instance.running == 0 && instance == current) {
                live.idle(instance, () -> reclaim(instance));
            }
        }

        synchronized void close() {
            if (current != null && (current.running > 0 || live.resume(current))) {
                current.function.close();
                live.ended();
            } // else it is being reclaimed, which closes it
            current = null;
        }

        /** True when the current instance may take one more invocation, which it then counts. */
        private boolean resumeCurrent() {
            if (current != null && (current.running > 0 || live.resume(current))) {
                current.running++;
                return true;
            }
            current = null; // none, or being reclaimed
            return false;
        }

        private synchronized void reclaim(Instance instance) {
            if (current == instance) {
                current = null;
            }
            instance.function.close();
        }
    }
}
