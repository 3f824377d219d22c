package io.github.lambdaops.emulator.domain;

import java.util.Map;

/**
 * One statement of a function's resource-based policy, shaped as IAM writes it. {@code principal} is either
 * {@code "*"} or a map such as {@code {"Service": "s3.amazonaws.com"}}.
 */
public record PolicyStatement(String sid, String effect, Object principal, String action, String resource,
                              Map<String, Map<String, String>> condition) {
}
