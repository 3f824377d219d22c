package io.github.lambdaops.camel.options;

/** Whether {@code invoke} returns the tail of the function's log. */
public enum LogType {
    None,
    Tail
}
