package io.github.lambdaops.emulator.http;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Lambda's {@code LastModified} format: {@code 2024-01-01T00:00:00.000+0000}. */
final class Timestamps {
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private Timestamps() {
    }

    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }
}
