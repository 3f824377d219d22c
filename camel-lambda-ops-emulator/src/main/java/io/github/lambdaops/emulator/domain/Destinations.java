package io.github.lambdaops.emulator.domain;

/** Where Lambda sends the record of an asynchronous invocation or a failed batch ({@code DestinationConfig}). */
public record Destinations(Destination onSuccess, Destination onFailure) {

    /** A destination's ARN. */
    public record Destination(String destination) {
    }
}
