package io.github.lambdaops.emulator.domain;

/** The AWS Lambda error types this emulator answers with, each with its HTTP status. */
public enum ErrorType {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    RESOURCE_CONFLICT("ResourceConflictException", 409),
    INVALID_PARAMETER_VALUE("InvalidParameterValueException", 400),
    /** A request member that breaks its shape's constraint (pattern, length, enum, range). */
    VALIDATION("ValidationException", 400),
    INVALID_REQUEST_CONTENT("InvalidRequestContentException", 400),
    REQUEST_TOO_LARGE("RequestTooLargeException", 413),
    PRECONDITION_FAILED("PreconditionFailedException", 412),
    TOO_MANY_REQUESTS("TooManyRequestsException", 429),
    PROVISIONED_CONCURRENCY_CONFIG_NOT_FOUND("ProvisionedConcurrencyConfigNotFoundException", 404),
    CODE_SIGNING_CONFIG_NOT_FOUND("CodeSigningConfigNotFoundException", 404),
    RESOURCE_IN_USE("ResourceInUseException", 400),
    ACCESS_DENIED("AccessDeniedException", 403),
    UNKNOWN_OPERATION("UnknownOperationException", 404),
    SERVICE("ServiceException", 500);

    private final String awsName;
    private final int status;

    ErrorType(String awsName, int status) {
        this.awsName = awsName;
        this.status = status;
    }

    public String awsName() {
        return awsName;
    }

    public int status() {
        return status;
    }

    /** "User" for client faults, "Service" for ours, as the {@code Type} field of AWS error bodies. */
    public String fault() {
        return status >= 500 ? "Service" : "User";
    }
}
