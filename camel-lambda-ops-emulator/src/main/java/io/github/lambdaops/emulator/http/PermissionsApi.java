package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.http.model.AddPermissionRequest;
import io.github.lambdaops.emulator.http.model.AddPermissionResponse;
import io.github.lambdaops.emulator.http.model.GetPolicyResponse;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.domain.PolicyStatement;
import io.github.lambdaops.emulator.domain.ResourcePolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The actions on a function's resource-based policy. */
final class PermissionsApi {
    /** Who a function may be shared with: everyone, an account, an IAM ARN, or an AWS service. */
    private static final String PRINCIPAL = "\\*|" + Arns.ACCOUNT + "|arn:.+|[a-z0-9.-]+\\.(amazonaws\\.com(\\.cn)?|amazon\\.com)";
    private final Stores stores;

    PermissionsApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse addPermission(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores);
        AddPermissionRequest body = request.bodyAs(AddPermissionRequest.class);
        validate(body);
        if (Arns.LATEST.equals(target.qualifier())) {
            throw ApiException.invalidParameter("We currently do not support adding policies for $LATEST.");
        }
        target.function().requireQualifier(target.qualifier());
        if (!body.principal().matches(PRINCIPAL)) {
            throw ApiException.invalidParameter("The provided principal was invalid. Please check the principal and"
                    + " try again.");
        }
        PolicyStatement statement = new PolicyStatement(body.statementId(), "Allow", principalOf(body.principal()),
                body.action(), target.arn(), conditionOf(body));
        target.function().addPermission(target.qualifier(), statement, body.revisionId());
        return ApiResponse.json(201, new AddPermissionResponse(Json.writeString(statement)));
    }

    ApiResponse removePermission(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, (arn, qualifier) -> ApiException.notFound(
                "No policy found for: " + (qualifier == null ? arn : Arns.qualify(arn, qualifier))));
        target.function().requireQualifier(target.qualifier());
        target.function().removePermission(target.qualifier(), request.pathParameter("StatementId"),
                request.query("RevisionId"));
        return ApiResponse.empty(204);
    }

    ApiResponse getPolicy(ApiRequest request) {
        FunctionTarget target = FunctionTarget.of(request, stores, (arn, qualifier) -> ApiException.resourceNotFound());
        if (!target.function().hasQualifier(target.qualifier())) {
            throw ApiException.resourceNotFound();
        }
        ResourcePolicy policy = target.function().policy(target.qualifier())
                .orElseThrow(ApiException::resourceNotFound);
        return ApiResponse.json(200, new GetPolicyResponse(Json.writeString(policy),
                target.function().policyRevisionId(target.qualifier())));
    }

    private static void validate(AddPermissionRequest body) {
        Validation.requiredPattern(body.statementId(), "statementId", "([a-zA-Z0-9-_]+)", 100);
        Validation.requiredPattern(body.action(), "action", "(lambda:[*]|lambda:[a-zA-Z]+|[*])", 256);
        Validation.requiredPattern(body.principal(), "principal", "[^\\s]+", 256);
        Validation.oneOf(body.functionUrlAuthType(), "functionUrlAuthType", "NONE", "AWS_IAM");
    }

    /** An account id becomes its root ARN, an ARN or {@code *} stays, anything else is a service, as IAM writes it. */
    private static Object principalOf(String principal) {
        if (principal.equals("*")) {
            return "*";
        }
        if (principal.matches("\\d{12}")) {
            return Map.of("AWS", Arns.accountRoot(principal));
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
