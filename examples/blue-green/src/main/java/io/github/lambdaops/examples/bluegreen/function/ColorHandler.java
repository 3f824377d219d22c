package io.github.lambdaops.examples.bluegreen.function;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * The function the example deploys twice: it answers {@code {"color":"..."}} with the color of its release, which the
 * deployment package carries next to the class ({@code color.txt}). Blue and green are the same code in two builds.
 */
public class ColorHandler implements RequestHandler<Map<String, Object>, Map<String, String>> {

    /** Where the color sits in the deployment package, next to this class. */
    public static final String COLOR_RESOURCE = "color.txt";

    private static final String COLOR = readColor();

    @Override
    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("color", COLOR);
    }

    private static String readColor() {
        try (InputStream in = ColorHandler.class.getResourceAsStream(COLOR_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the deployment package has no " + COLOR_RESOURCE + " next to "
                        + ColorHandler.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
