package io.github.lambdaops.emulator.http.model;

import java.util.List;

/** The body of UpdateFunctionCode. */
public record UpdateFunctionCodeRequest(
        byte[] zipFile,
        String s3Bucket,
        String s3Key,
        String s3ObjectVersion,
        String imageUri,
        Boolean publish,
        Boolean dryRun,
        String revisionId,
        List<String> architectures) {
}
