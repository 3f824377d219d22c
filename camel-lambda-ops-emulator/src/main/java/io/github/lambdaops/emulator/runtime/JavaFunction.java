package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.lambdaops.emulator.FunctionHandler;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * A Java function loaded from its zip: the classes at the zip's root and {@code lib/*.jar}, and its layers'
 * {@code java/lib/*.jar}, in a class loader of their own, extracted to temporary directories that {@link #close()}
 * removes.
 */
final class JavaFunction implements FunctionHandler, AutoCloseable {
    private final FunctionFiles files;
    private final URLClassLoader classLoader;
    private final FunctionHandler handler;

    private JavaFunction(FunctionFiles files, URLClassLoader classLoader, FunctionHandler handler) {
        this.files = files;
        this.classLoader = classLoader;
        this.handler = handler;
    }

    static JavaFunction load(FunctionVersion version, String requestId, LayerContents layers) throws Exception {
        String handlerName = version.configuration().handler();
        if (handlerName == null) {
            throw FunctionFailure.runtimeExit(requestId, "the function has no Handler");
        }
        FunctionFiles files = FunctionFiles.unpack(version, layers, requestId);
        try {
            URLClassLoader classLoader = new URLClassLoader("lambda:" + version.name(), classPath(files),
                    LambdaApiClassLoader.INSTANCE);
            try {
                ObjectMapper json = eventMapper(classLoader);
                FunctionHandler handler = withContextClassLoader(classLoader,
                        () -> JavaHandlers.create(handlerName, classLoader, json));
                return new JavaFunction(files, classLoader, handler);
            } catch (Exception | Error e) {
                classLoader.close();
                throw e;
            }
        } catch (Exception | Error e) {
            files.close();
            throw e;
        }
    }

    @Override
    public byte[] handle(byte[] event, Context context) throws Exception {
        return withContextClassLoader(classLoader, () -> handler.handle(event, context));
    }

    @Override
    public void close() {
        try {
            classLoader.close();
        } catch (IOException ignored) {
            // the files go anyway
        }
        files.close();
    }

    /** The zip's root and {@code lib/*.jar}, then the layers' {@code java/lib/*.jar}, as Lambda's Java runtime. */
    private static URL[] classPath(FunctionFiles files) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(files.task().toUri().toURL());
        for (Path lib : List.of(files.task().resolve("lib"), files.opt().resolve("java/lib"))) {
            if (Files.isDirectory(lib)) {
                try (Stream<Path> jars = Files.list(lib)) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                        urls.add(toUrl(jar));
                    }
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL toUrl(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }

    /** Jackson for events, with a type cache of its own so that nothing keeps the function's classes alive. */
    private static ObjectMapper eventMapper(ClassLoader classLoader) {
        return JsonMapper.builder()
                .typeFactory(TypeFactory.createDefaultInstance().withClassLoader(classLoader))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static <T> T withContextClassLoader(ClassLoader classLoader, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
