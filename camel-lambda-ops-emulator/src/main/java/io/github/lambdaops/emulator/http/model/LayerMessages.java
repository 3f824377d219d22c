package io.github.lambdaops.emulator.http.model;

import io.github.lambdaops.emulator.domain.LayerVersion;

import java.util.List;

/** The requests and answers of the layer actions. */
public final class LayerMessages {
    private LayerMessages() {
    }

    public record PublishLayerVersionRequest(String description, LayerContentInput content,
                                             List<String> compatibleRuntimes, String licenseInfo,
                                             List<String> compatibleArchitectures) {
    }

    /** {@code Content}: the zip (base64 on the wire) or its S3 location. */
    public record LayerContentInput(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion) {
    }

    public record LayerVersionContent(String location, String codeSha256, long codeSize) {
    }

    /** The answer of PublishLayerVersion, GetLayerVersion and GetLayerVersionByArn. */
    public record LayerVersionResponse(LayerVersionContent content, String layerArn, String layerVersionArn,
                                       String description, String createdDate, long version,
                                       List<String> compatibleRuntimes, String licenseInfo,
                                       List<String> compatibleArchitectures) {
        public static LayerVersionResponse of(LayerVersion version, String location) {
            return new LayerVersionResponse(new LayerVersionContent(location, version.codeSha256(), version.codeSize()),
                    version.layerArn(), version.layerVersionArn(), version.description(), version.createdDate(),
                    version.version(), version.compatibleRuntimes(), version.licenseInfo(),
                    version.compatibleArchitectures());
        }
    }

    public record LayerVersionsListItem(String layerVersionArn, long version, String description, String createdDate,
                                        List<String> compatibleRuntimes, String licenseInfo,
                                        List<String> compatibleArchitectures) {
        public static LayerVersionsListItem of(LayerVersion version) {
            return new LayerVersionsListItem(version.layerVersionArn(), version.version(), version.description(),
                    version.createdDate(), version.compatibleRuntimes(), version.licenseInfo(),
                    version.compatibleArchitectures());
        }
    }

    public record ListLayerVersionsResponse(List<LayerVersionsListItem> layerVersions, String nextMarker) {
    }

    public record LayersListItem(String layerName, String layerArn, LayerVersionsListItem latestMatchingVersion) {
    }

    public record ListLayersResponse(List<LayersListItem> layers, String nextMarker) {
    }

    public record AddLayerVersionPermissionRequest(String statementId, String action, String principal,
                                                   String organizationId) {
    }

    /** The answer of AddLayerVersionPermission: the statement added, as a JSON string. */
    public record AddLayerVersionPermissionResponse(String statement, String revisionId) {
    }
}
