package io.github.lambdaops.emulator.http;

/**
 * The account every request acts in, and the region of a request whose signature names none (unsigned requests).
 * Handlers read them from {@link ApiRequest#accountId()} and {@link ApiRequest#region()}.
 */
public record ServedAccount(String accountId, String defaultRegion) {
}
