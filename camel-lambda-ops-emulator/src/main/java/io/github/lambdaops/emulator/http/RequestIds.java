package io.github.lambdaops.emulator.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids (random UUIDs, version 4) for the {@code x-amzn-RequestId} header. They only have to be unique enough
 * to tell requests apart, so they come from {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}'s
 * SecureRandom, which costs several microseconds per request on the event loop.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;                      // version 4
        long leastSignificant = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);    // IETF variant
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
