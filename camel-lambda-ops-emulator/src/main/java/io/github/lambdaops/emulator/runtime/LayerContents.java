package io.github.lambdaops.emulator.runtime;

import java.util.Optional;

/**
 * Where the runtime finds the contents of a function's layers: the zip of a layer version by its ARN. Process
 * runtimes unpack each layer, in the function's order, into the directory they offer as {@code /opt}.
 */
@FunctionalInterface
public interface LayerContents {
    /** Knows no layer: functions run without their layers' contents. */
    LayerContents NONE = layerVersionArn -> Optional.empty();

    /** The zip of the layer version {@code layerVersionArn}, or empty when there is no such layer version. */
    Optional<byte[]> zipOf(String layerVersionArn);
}
