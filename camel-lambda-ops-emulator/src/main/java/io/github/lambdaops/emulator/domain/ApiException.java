package io.github.lambdaops.emulator.domain;

/**
 * An error the Lambda API reports to the caller: its AWS type (and so its status) and message. The one exception
 * the domain and the handlers throw; the HTTP layer renders it in one place ({@code ErrorResponses}). Every
 * failed member constraint comes from {@link #constraintViolation} or {@link #required}, so the error type and
 * wording AWS gives such failures are decided here.
 */
public final class ApiException extends RuntimeException {
    private final ErrorType type;
    private final String reason;

    public ApiException(ErrorType type, String message) {
        this(type, message, null);
    }

    /** @param reason the {@code Reason} member some errors carry (TooManyRequestsException), or null */
    public ApiException(ErrorType type, String message, String reason) {
        super(message, null, false, false);
        this.type = type;
        this.reason = reason;
    }

    public ErrorType type() {
        return type;
    }

    public String reason() {
        return reason;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorType.RESOURCE_NOT_FOUND, message);
    }

    public static ApiException functionNotFound(String arn) {
        return notFound("Function not found: " + arn);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorType.RESOURCE_CONFLICT, message);
    }

    public static ApiException invalidParameter(String message) {
        return new ApiException(ErrorType.INVALID_PARAMETER_VALUE, message);
    }

    /** The message AWS's request validation gives for a member that breaks its constraint. */
    public static ApiException constraintViolation(Object value, String member, String constraint) {
        return invalidParameter("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    public static ApiException invalidContent(String message) {
        return new ApiException(ErrorType.INVALID_REQUEST_CONTENT, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(ErrorType.REQUEST_TOO_LARGE, message);
    }

    public static ApiException required(String member) {
        return invalidParameter("1 validation error detected: Value null at '" + member
                + "' failed to satisfy constraint: Member must not be null");
    }

    /** What AWS answers for an action on a function (or version) whose State or LastUpdateStatus is not final. */
    public static ApiException notReady(String what) {
        return conflict("The operation cannot be performed at this time. " + what);
    }

    /** A synchronous invocation of a function whose reserved concurrency is taken ({@link Function#tryStartInvocation()}). */
    public static ApiException reservedConcurrencyExceeded() {
        return new ApiException(ErrorType.TOO_MANY_REQUESTS, "Rate Exceeded.",
                "ReservedFunctionConcurrentInvocationLimitExceeded");
    }

    public static ApiException revisionMismatch() {
        return new ApiException(ErrorType.PRECONDITION_FAILED, "The Revision Id provided does not match the latest"
                + " Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
}
