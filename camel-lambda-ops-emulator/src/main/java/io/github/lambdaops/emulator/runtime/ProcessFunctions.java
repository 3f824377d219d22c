package io.github.lambdaops.emulator.runtime;

import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The execution environments of functions that run as processes: per function version (and configuration), warm
 * environments are reused one invocation at a time, and concurrent invocations start more of them, up to
 * {@link #MAX_ENVIRONMENTS_PER_FUNCTION} and as many as the {@link LiveEnvironments} allow; beyond that an
 * invocation waits for one to become free.
 */
final class ProcessFunctions implements AutoCloseable {
    static final int MAX_ENVIRONMENTS_PER_FUNCTION = 8;

    private final ConcurrentMap<Key, Pool> pools = new ConcurrentHashMap<>();
    private final LiveEnvironments live;
    private final Interpreters interpreters = new Interpreters();
    private final RuntimeLaunches launches = new RuntimeLaunches(interpreters);
    private final RuntimeApiServer runtimeApi = new RuntimeApiServer();
    private volatile LayerContents layers = LayerContents.NONE;
    private volatile boolean javaInProcesses;

    /** What the configuration, runtime and code (its revision) of a version are: a change means new environments. */
    private record Key(String functionArn, String codeRevision, String runtime, String handler,
                       Map<String, String> variables, int memorySize, List<FunctionConfiguration.Layer> layers) {
        static Key of(FunctionVersion version) {
            FunctionConfiguration c = version.configuration();
            return new Key(c.functionArn(), CodeRevisions.of(version), c.runtime(), c.handler(),
                    c.environmentVariables(), c.memorySize(), c.layers());
        }
    }

    ProcessFunctions(LiveEnvironments live) {
        this.live = live;
    }

    void setInterpreter(String runtimeOrLanguage, Path executable) {
        interpreters.set(runtimeOrLanguage, executable);
    }

    void setLayerContents(LayerContents layers) {
        this.layers = layers == null ? LayerContents.NONE : layers;
    }

    void setJavaInProcesses(boolean javaInProcesses) {
        this.javaInProcesses = javaInProcesses;
    }

    /** The kind of process a configuration runs as, if it runs as one. */
    Optional<RuntimeKind> kindOf(FunctionConfiguration configuration) {
        if ("Image".equals(configuration.packageType())) {
            return Optional.empty();
        }
        return RuntimeKind.of(configuration.runtime()).filter(kind -> kind != RuntimeKind.JAVA || javaInProcesses);
    }

    /** Runs an invocation in a free (or new) environment of its version; see {@link ProcessEnvironment#invoke}. */
    byte[] invoke(Invocation invocation, RuntimeKind kind, byte[] event) throws Exception {
        Key key = Key.of(invocation.version());
        Pool pool = pools.get(key);
        if (pool == null) {
            Pool created = new Pool(kind);
            pool = pools.putIfAbsent(key, created);
            if (pool == null) {
                pool = created;
                LoadedFunctions.retireOthers(pools, Key::functionArn, key, Pool::close); // its former code or configuration
            }
        }
        ProcessEnvironment environment = pool.acquire(invocation);
        try {
            return environment.invoke(invocation, event);
        } finally {
            pool.release(environment);
        }
    }

    /** Stops the environments of every version of a function (unqualified ARN) or of one version (qualified ARN). */
    void unload(String functionArn) {
        LoadedFunctions.unload(pools, Key::functionArn, functionArn, Pool::close);
    }

    @Override
    public void close() {
        pools.values().forEach(Pool::close);
        pools.clear();
        runtimeApi.close();
        launches.close();
    }

    /**
     * The environments of one version: its unpacked files, its idle environments (most recently used first) and
     * how many there are. Its idle ones are also {@link LiveEnvironments}', which may reclaim them.
     */
    private final class Pool {
        private final RuntimeKind kind;
        private final Deque<ProcessEnvironment> idle = new ArrayDeque<>();
        private FunctionFiles files;
        private int environments;
        private boolean closed;

        Pool(RuntimeKind kind) {
            this.kind = kind;
        }

        ProcessEnvironment acquire(Invocation invocation) throws Exception {
            synchronized (this) {
                while (true) {
                    ProcessEnvironment warm = idle.pollFirst();
                    if (warm == null && environments < MAX_ENVIRONMENTS_PER_FUNCTION) {
                        environments++;
                        break;
                    } else if (warm == null) {
                        wait(); // the timeout interrupts a wait that lasts too long
                    } else if (live.resume(warm)) {
                        if (warm.isWarm()) {
                            return warm;
                        }
                        retire(warm);
                    } // else it is being reclaimed, which retires it
                }
            }
            try {
                live.reserve();
            } catch (InterruptedException e) {
                neverStarted();
                throw e;
            }
            try {
                ProcessLaunch launch;
                synchronized (this) {
                    if (files == null) {
                        files = FunctionFiles.unpack(invocation.version(), layers, invocation.requestId());
                    }
                    launch = launches.launch(kind, invocation.configuration(), files, invocation.requestId());
                }
                return ProcessEnvironment.start(runtimeApi, launch, invocation.requestId());
            } catch (Exception | Error e) {
                neverStarted();
                live.ended();
                throw e;
            }
        }

        synchronized void release(ProcessEnvironment environment) {
            if (!closed && environment.isWarm()) {
                idle.addFirst(environment); // the most recently used is warmest, as Lambda prefers it
                live.idle(environment, () -> reclaim(environment));
            } else {
                retire(environment);
            }
            notifyAll();
        }

        /** Stops the idle environments now and the busy ones when their invocation ends. */
        synchronized void close() {
            closed = true;
            for (ProcessEnvironment environment : idle) {
                if (live.resume(environment)) {
                    retire(environment);
                }
            }
            idle.clear();
            removeFilesWhenRetired();
            notifyAll();
        }

        /** Live environments reclaimed an idle environment, whose place is already free. */
        private synchronized void reclaim(ProcessEnvironment environment) {
            idle.remove(environment);
            environments--;
            environment.close();
            removeFilesWhenRetired();
            notifyAll();
        }

        private void retire(ProcessEnvironment environment) {
            environments--;
            environment.close();
            live.ended();
            removeFilesWhenRetired();
        }

        private synchronized void neverStarted() {
            environments--;
            removeFilesWhenRetired();
            notifyAll();
        }

        private void removeFilesWhenRetired() {
            if (closed && environments == 0 && files != null) {
                files.close();
                files = null;
            }
        }
    }
}
