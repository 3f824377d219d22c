package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * Parent of every Java function's class loader: the JDK, plus aws-lambda-java-core's types from the emulator, so
 * that {@code RequestHandler}, {@code Context} and friends are the same classes on both sides. Nothing else of the
 * emulator's class path (Netty, Jackson, ...) is visible to functions.
 */
final class LambdaApiClassLoader extends ClassLoader {
    static final LambdaApiClassLoader INSTANCE = new LambdaApiClassLoader();

    private static final String API_PACKAGE = Context.class.getPackageName();
    private static final String LOGGING_PACKAGE = API_PACKAGE + ".logging";

    static {
        registerAsParallelCapable();
    }

    private LambdaApiClassLoader() {
        super("lambda-api", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isSharedApi(name)) {
            return Context.class.getClassLoader().loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    private static boolean isSharedApi(String className) {
        int lastDot = className.lastIndexOf('.');
        String pkg = lastDot < 0 ? "" : className.substring(0, lastDot);
        return pkg.equals(API_PACKAGE) || pkg.equals(LOGGING_PACKAGE);
    }
}
