package io.github.lambdaops.emulator.async;

/** How an asynchronous event ended, as its invocation record's {@code requestContext.condition} says. */
enum Condition {
    SUCCESS("Success"),
    /** It failed on its first attempt and on every retry its event invoke config allows. */
    RETRIES_EXHAUSTED("RetriesExhausted"),
    /** It was older than its maximum event age when its next attempt was due. */
    EVENT_AGE_EXCEEDED("EventAgeExceeded");

    private final String wireName;

    Condition(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
