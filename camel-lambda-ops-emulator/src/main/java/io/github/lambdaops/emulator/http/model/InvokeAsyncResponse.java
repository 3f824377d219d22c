package io.github.lambdaops.emulator.http.model;

/** The answer of InvokeAsync: {@code {"Status": 202}}. */
public record InvokeAsyncResponse(int status) {
}
