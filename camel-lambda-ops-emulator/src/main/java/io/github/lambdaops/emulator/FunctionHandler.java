package io.github.lambdaops.emulator;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * Code that runs in-JVM for every function whose Handler setting it is registered for (see
 * {@link LambdaEmulator#registerHandler(String, FunctionHandler)}), whatever the function's runtime or code.
 * It receives the raw payload and returns the raw response; throwing makes the invocation fail with
 * {@code X-Amz-Function-Error: Unhandled}, as an exception in a Lambda function does.
 */
@FunctionalInterface
public interface FunctionHandler {
    byte[] handle(byte[] event, Context context) throws Exception;
}
