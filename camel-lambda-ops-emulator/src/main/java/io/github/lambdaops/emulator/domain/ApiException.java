package io.github.lambdaops.emulator.domain;

import java.util.List;

/**
 * An error the Lambda API reports to the caller: its AWS type (and so its status) and message. The one exception
 * the domain and the handlers throw; the HTTP layer renders it in one place ({@code ErrorResponses}). Every
 * failed member constraint comes from {@link #constraintViolation} or {@link #required} (a ValidationException,
 * whose violations {@link #validation} joins), and every not-found and conflict answer from a factory here, so
 * the error type and wording AWS gives are decided in this class.
 */
public final class ApiException extends RuntimeException {
    private final ErrorType type;
    private final String reason;
    private final List<String> violations;

    public ApiException(ErrorType type, String message) {
        this(type, message, null);
    }

    /** @param reason the {@code Reason} member some errors carry (TooManyRequestsException), or null */
    public ApiException(ErrorType type, String message, String reason) {
        this(type, message, reason, List.of());
    }

    private ApiException(ErrorType type, String message, String reason, List<String> violations) {
        super(message, null, false, false);
        this.type = type;
        this.reason = reason;
        this.violations = violations;
    }

    public ErrorType type() {
        return type;
    }

    public String reason() {
        return reason;
    }

    /** The member constraints a ValidationException reports, each {@code Value '...' at 'member' failed ...}. */
    public List<String> violations() {
        return violations;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorType.RESOURCE_NOT_FOUND, message);
    }

    public static ApiException functionNotFound(String arn) {
        return notFound("Function not found: " + arn);
    }

    public static ApiException aliasNotFound(String aliasArn) {
        return notFound("Cannot find alias arn: " + aliasArn);
    }

    /**
     * A qualifier of a function that names neither a version nor an alias, as the actions that look aliases up
     * first answer: an alias-like qualifier is a missing alias, any other a missing version.
     */
    public static ApiException qualifierNotFound(String functionArn, String qualifier) {
        String arn = functionArn + ":" + qualifier;
        return qualifier.matches(Arns.ALIAS_NAME) ? aliasNotFound(arn) : functionNotFound(arn);
    }

    /** AWS's not-found answer that names nothing (missing policies, URL configs, layer versions). */
    public static ApiException resourceNotFound() {
        return notFound("The resource you requested does not exist.");
    }

    /** A function, version, alias or layer version without any resource policy. */
    public static ApiException noPolicy() {
        return notFound("No policy is associated with the given resource.");
    }

    public static ApiException latestNotDeletable() {
        return invalidParameter("$LATEST version cannot be deleted without deleting the function.");
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorType.RESOURCE_CONFLICT, message);
    }

    public static ApiException invalidParameter(String message) {
        return new ApiException(ErrorType.INVALID_PARAMETER_VALUE, message);
    }

    /** The ValidationException AWS's request validation gives for a member that breaks its constraint. */
    public static ApiException constraintViolation(Object value, String member, String constraint) {
        return validation(List.of(violation(value, member, constraint)));
    }

    /** One failed constraint, as AWS words it in validation messages. */
    public static String violation(Object value, String member, String constraint) {
        return "Value " + (value == null ? "null" : "'" + value + "'") + " at '" + member
                + "' failed to satisfy constraint: " + constraint;
    }

    /** A ValidationException reporting every failed constraint: {@code 2 validation errors detected: ...; ...}. */
    public static ApiException validation(List<String> violations) {
        String count = violations.size() == 1 ? "1 validation error" : violations.size() + " validation errors";
        return new ApiException(ErrorType.VALIDATION, count + " detected: " + String.join("; ", violations), null,
                List.copyOf(violations));
    }

    public static ApiException invalidContent(String message) {
        return new ApiException(ErrorType.INVALID_REQUEST_CONTENT, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(ErrorType.REQUEST_TOO_LARGE, message);
    }

    public static ApiException required(String member) {
        return constraintViolation(null, member, "Member must not be null");
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

    /** A function's or alias's RevisionId that does not match. */
    public static ApiException revisionMismatch() {
        return revisionMismatch("GetFunction/GetAlias");
    }

    /** A RevisionId that does not match the one {@code getter} (GetPolicy, GetLayerPolicy, ...) answers. */
    public static ApiException revisionMismatch(String getter) {
        return new ApiException(ErrorType.PRECONDITION_FAILED, "The Revision Id provided does not match the latest"
                + " Revision Id. Call the " + getter + " API to retrieve the latest Revision Id");
    }

    public static ApiException duplicateStatement(String statementId) {
        return conflict("The statement id (" + statementId + ") provided already exists. Please provide a new"
                + " statement id, or remove the existing statement.");
    }
}
