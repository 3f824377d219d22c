package io.github.lambdaops.emulator.runtime;

import java.util.List;
import java.util.Optional;

/** The runtimes that run as processes on the Runtime API, by language. */
enum RuntimeKind {
    PYTHON("python", "python3", "-c", "import sys; print(sys.executable)"),
    NODEJS("nodejs", "node", "-p", "process.execPath"),
    PROVIDED("provided", null),
    JAVA("java", "java");

    private final String language;
    private final String defaultCommand;
    private final List<String> printExecutable;

    RuntimeKind(String language, String defaultCommand, String... printExecutable) {
        this.language = language;
        this.defaultCommand = defaultCommand;
        this.printExecutable = List.of(printExecutable);
    }

    /** The kind of a runtime identifier ({@code python3.12}, {@code nodejs20.x}, {@code provided.al2023}, ...). */
    static Optional<RuntimeKind> of(String runtime) {
        if (runtime == null) {
            return Optional.empty();
        }
        if (Runtimes.isJava(runtime)) {
            return Optional.of(JAVA);
        }
        for (RuntimeKind kind : values()) {
            if (kind != JAVA && runtime.startsWith(kind.language)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String language() {
        return language;
    }

    /** The command that runs this language when the runtime's own name is not on the PATH. */
    String defaultCommand() {
        return defaultCommand;
    }

    /** Arguments that make the interpreter print the path of its own executable. */
    List<String> printExecutable() {
        return printExecutable;
    }
}
