package io.github.lambdaops.emulator.http.model;

/** The body of PublishVersion. */
public record PublishVersionRequest(String codeSha256, String description, String revisionId) {
}
