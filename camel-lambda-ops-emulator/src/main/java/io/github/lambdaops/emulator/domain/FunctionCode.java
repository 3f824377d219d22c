package io.github.lambdaops.emulator.domain;

/**
 * A function's deployment package: the zip itself, or where it lives (S3, an image), which is recorded but
 * never fetched.
 */
public record FunctionCode(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion, String imageUri) {

    public boolean hasZip() {
        return zipFile != null;
    }

    public String describe() {
        if (hasZip()) {
            return "a zip of " + zipFile.length + " bytes";
        }
        return imageUri != null ? "image " + imageUri : "s3://" + s3Bucket + "/" + s3Key;
    }
}
