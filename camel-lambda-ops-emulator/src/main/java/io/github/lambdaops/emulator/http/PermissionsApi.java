package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.http.model.AddPermissionRequest;
import io.github.lambdaops.emulator.http.model.AddPermissionResponse;
import io.github.lambdaops.emulator.http.model.GetPolicyResponse;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.PolicyStatement;
import io.github.lambdaops.emulator.domain.ResourcePolicy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The actions on a function's resource-based policy. */
final class PermissionsApi {
    private final FunctionStore store;

    PermissionsApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse addPermission(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        AddPermissionRequest body = request.bodyAs(AddPermissionRequest.class);
        validate(body);
        PolicyStatement statement = new PolicyStatement(body.statementId(), "Allow", principalOf(body.principal()),
                body.action(), target.arn(), conditionOf(body));
        target.function().addPermission(target.qualifier(), statement, body.revisionId());
        return ApiResponse.json(201, new AddPermissionResponse(Json.writeString(statement)));
    }

    ApiResponse removePermission(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        target.function().removePermission(target.qualifier(), request.pathParameter("StatementId"),
                request.query("RevisionId"));
        return ApiResponse.empty(204);
    }

    ApiResponse getPolicy(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, store);
        ResourcePolicy policy = target.function().policy(target.qualifier())
                .orElseThrow(() -> ApiException.notFound("The resource you requested does not exist."));
        return ApiResponse.json(200, new GetPolicyResponse(Json.writeString(policy),
                target.function().policyRevisionId(target.qualifier())));
    }

    private static void validate(AddPermissionRequest body) {
        requirePattern(body.statementId(), "statementId", "([a-zA-Z0-9-_.]+)", 100);
        requirePattern(body.action(), "action", "(lambda:[*]|lambda:[a-zA-Z]+|[*])", 256);
        requirePattern(body.principal(), "principal", "[^\\s]+", 256);
        if (body.functionUrlAuthType() != null && !Set.of("NONE", "AWS_IAM").contains(body.functionUrlAuthType())) {
            throw ApiException.constraintViolation(body.functionUrlAuthType(), "functionUrlAuthType",
                    "Member must satisfy enum value set: [NONE, AWS_IAM]");
        }
    }

    private static void requirePattern(String value, String member, String regex, int maxLength) {
        if (value == null) {
            throw ApiException.invalidParameter("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (value.length() > maxLength) {
            throw ApiException.constraintViolation(value, member,
                    "Member must have length less than or equal to " + maxLength);
        }
        if (!value.matches(regex)) {
            throw ApiException.constraintViolation(value, member, "Member must satisfy regular expression pattern: " + regex);
        }
    }

    /** An account id becomes its root ARN, an ARN or {@code *} stays, anything else is a service, as IAM writes it. */
    private static Object principalOf(String principal) {
        if (principal.equals("*")) {
            return "*";
        }
        if (principal.matches("\\d{12}")) {
            return Map.of("AWS", "arn:aws:iam::" + principal + ":root");
        }
        return principal.startsWith("arn:") ? Map.of("AWS", principal) : Map.of("Service", principal);
    }

    private static Map<String, Map<String, String>> conditionOf(AddPermissionRequest body) {
        Map<String, String> stringEquals = new LinkedHashMap<>();
        putIfPresent(stringEquals, "AWS:SourceAccount", body.sourceAccount());
        putIfPresent(stringEquals, "lambda:EventSourceToken", body.eventSourceToken());
        putIfPresent(stringEquals, "aws:PrincipalOrgID", body.principalOrgId());
        putIfPresent(stringEquals, "lambda:FunctionUrlAuthType", body.functionUrlAuthType());
        Map<String, Map<String, String>> condition = new LinkedHashMap<>();
        if (!stringEquals.isEmpty()) {
            condition.put("StringEquals", stringEquals);
        }
        if (body.sourceArn() != null) {
            condition.put("ArnLike", Map.of("AWS:SourceArn", body.sourceArn()));
        }
        if (Boolean.TRUE.equals(body.invokedViaFunctionUrl())) {
            condition.put("Bool", Map.of("lambda:InvokedViaFunctionUrl", "true"));
        }
        return condition;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
