package io.github.lambdaops.emulator.domain;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A function's deployment package: the zip itself, or where it lives (S3, an image), which is recorded but
 * never fetched; or, by LocalStack's convention that users know ({@code S3Bucket} {@value #HOT_RELOAD_BUCKET},
 * {@code S3Key} an absolute path), a local directory whose current contents run: hot reload.
 */
public record FunctionCode(byte[] zipFile, String s3Bucket, String s3Key, String s3ObjectVersion, String imageUri) {
    public static final String HOT_RELOAD_BUCKET = "hot-reload";

    public FunctionCode {
        if (zipFile == null && HOT_RELOAD_BUCKET.equals(s3Bucket) && !isAbsolutePath(s3Key)) {
            throw ApiException.invalidParameter("Code.S3Key of a hot-reload function (Code.S3Bucket '"
                    + HOT_RELOAD_BUCKET + "') must be the absolute path of a local directory, not '" + s3Key + "'.");
        }
    }

    public boolean hasZip() {
        return zipFile != null;
    }

    /** Whether the code is a local directory whose current contents each invocation runs. */
    public boolean isHotReload() {
        return zipFile == null && HOT_RELOAD_BUCKET.equals(s3Bucket);
    }

    /** The directory of hot-reload code. */
    public Path directory() {
        return Path.of(s3Key);
    }

    public String describe() {
        if (hasZip()) {
            return "a zip of " + zipFile.length + " bytes";
        }
        if (isHotReload()) {
            return "the directory " + s3Key + " (hot reload)";
        }
        return imageUri != null ? "image " + imageUri : "s3://" + s3Bucket + "/" + s3Key;
    }

    private static boolean isAbsolutePath(String path) {
        try {
            return path != null && Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
