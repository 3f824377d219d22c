package io.github.lambdaops.emulator.http;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Lambda's timestamps: {@code LastModified} strings ({@code 2024-01-01T00:00:00.000+0000}), and the epoch seconds
 * of members the API models as timestamps.
 */
final class Timestamps {
    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private Timestamps() {
    }

    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }

    /** Now as epoch seconds with milliseconds, a JSON number as AWS writes timestamp members. */
    static BigDecimal epochSeconds() {
        return BigDecimal.valueOf(System.currentTimeMillis()).movePointLeft(3);
    }
}
