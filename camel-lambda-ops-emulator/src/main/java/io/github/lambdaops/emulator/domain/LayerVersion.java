package io.github.lambdaops.emulator.domain;

import java.util.List;

/** One published version of a layer: its content (a zip, or where it lives) and what it declares. Immutable. */
public record LayerVersion(String layerArn, long version, FunctionCode content, String codeSha256, long codeSize,
                           String description, String createdDate, List<String> compatibleRuntimes,
                           List<String> compatibleArchitectures, String licenseInfo) {

    public String layerVersionArn() {
        return Arns.qualify(layerArn, String.valueOf(version));
    }

    public String layerName() {
        return Arns.parse(layerArn).orElseThrow().name();
    }
}
