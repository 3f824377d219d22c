package io.github.lambdaops.emulator.http.model;

/** The answer of AddPermission: the statement added, as a JSON string. */
public record AddPermissionResponse(String statement) {
}
