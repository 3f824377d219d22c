package io.github.lambdaops.emulator.runtime;

import java.util.List;
import java.util.Set;

/** The runtime identifiers Lambda knows, which of them still accept new functions, and which run in-JVM. */
public final class Runtimes {
    private static final Set<String> SUPPORTED = Set.of(
            "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x", "nodejs26.x",
            "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14", "python3.15",
            "java8.al2", "java11", "java17", "java21", "java25", "java8.al2023", "java11.al2023", "java17.al2023",
            "dotnet8", "dotnet10",
            "ruby3.2", "ruby3.3", "ruby3.4", "ruby4.0",
            "provided.al2", "provided.al2023");
    private static final Set<String> DEPRECATED = Set.of(
            "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x",
            "nodejs14.x", "nodejs16.x", "java8", "python2.7", "python3.6", "python3.7", "python3.8",
            "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "go1.x", "ruby2.5",
            "ruby2.7", "provided");

    /** The Runtime enum as AWS's validation messages list it today, in their order. */
    private static final List<String> API_ENUM = List.of("nodejs20.x", "python3.14", "provided.al2023", "python3.12",
            "python3.13", "nodejs24.x", "nodejs22.x", "java25", "python3.10", "python3.11", "java21", "ruby3.3",
            "ruby3.4", "ruby3.2", "python3.8", "python3.9", "java17", "nodejs16.x", "dotnet10", "dotnet8", "java11",
            "dotnet6", "nodejs18.x", "provided.al2", "java8.al2");

    private Runtimes() {
    }

    public static boolean isSupported(String runtime) {
        return runtime != null && SUPPORTED.contains(runtime);
    }

    public static boolean isDeprecated(String runtime) {
        return runtime != null && DEPRECATED.contains(runtime);
    }

    /** The Runtime enum as AWS's validation messages list it. */
    public static List<String> apiEnum() {
        return API_ENUM;
    }

    /** Java runtimes, whose zip this emulator runs in the JVM. */
    public static boolean isJava(String runtime) {
        return runtime != null && runtime.startsWith("java") && !runtime.equals("java8");
    }
}
