package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.LambdaFunction;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import static io.github.lambdaops.emulator.http.Validation.document;

/**
 * Put/Get/DeleteResourcePolicy: a whole policy document on a function (or one of its versions or aliases) or a
 * capacity provider, stored with a RevisionId that guards changes. Kept apart from the statements of AddPermission.
 */
final class ResourcePoliciesApi {
    static final String KIND = "resource-policy";
    private static final int MAX_POLICY_LENGTH = 20 * 1024;

    private final FunctionStore store;

    ResourcePoliciesApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse putResourcePolicy(ApiRequest request) {
        String arn = existingResource(request);
        Body body = Body.of(request);
        String policy = body.requiredString("Policy");
        if (policy.length() > MAX_POLICY_LENGTH) {
            throw new ApiException(io.github.lambdaops.emulator.domain.ErrorType.INVALID_PARAMETER_VALUE,
                    "The final policy size (" + policy.length() + ") is bigger than the limit (" + MAX_POLICY_LENGTH + ").");
        }
        requirePolicyDocument(policy);
        String expected = body.string("RevisionId");
        Map<String, Object> stored = store.resources().get(KIND, arn).orElse(null);
        requireRevision(expected, stored);
        return ApiResponse.json(200, store.resources().put(KIND, arn,
                document("Policy", policy, "RevisionId", LambdaFunction.newRevisionId())));
    }

    ApiResponse getResourcePolicy(ApiRequest request) {
        String arn = existingResource(request);
        return ApiResponse.json(200, store.resources().require(KIND, arn, ResourcePoliciesApi::noPolicy));
    }

    ApiResponse deleteResourcePolicy(ApiRequest request) {
        String arn = existingResource(request);
        Map<String, Object> stored = store.resources().require(KIND, arn, ResourcePoliciesApi::noPolicy);
        requireRevision(request.query("RevisionId"), stored);
        store.resources().remove(KIND, arn);
        return ApiResponse.empty(204);
    }

    private static void requireRevision(String expected, Map<String, Object> stored) {
        if (expected != null && (stored == null || !Objects.equals(expected, stored.get("RevisionId")))) {
            throw ApiException.revisionMismatch();
        }
    }

    private static void requirePolicyDocument(String policy) {
        try {
            JsonNode document = Json.MAPPER.readTree(policy);
            if (document == null || !document.isObject() || !document.has("Statement")) {
                throw ApiException.invalidParameter("The policy is not a valid IAM policy document: it needs a"
                        + " Statement.");
            }
        } catch (IOException e) {
            throw ApiException.invalidParameter("The policy is not valid JSON.");
        }
    }

    private String existingResource(ApiRequest request) {
        String arn = request.pathParameter("ResourceArn");
        Arns.LambdaArn parsed = Arns.parse(arn).filter(resource -> resource.kind() == Arns.Kind.FUNCTION
                || (resource.kind() == Arns.Kind.CAPACITY_PROVIDER && resource.qualifier() == null))
                .orElseThrow(() -> ApiException.constraintViolation(arn, "resourceArn",
                        "Member must be the ARN of a function (qualified or not) or of a capacity provider"));
        if (parsed.kind() == Arns.Kind.FUNCTION) {
            store.get(parsed.region(), parsed.name()).version(parsed.qualifier());
        } else if (store.resources().get(CapacityProvidersApi.KIND, arn).isEmpty()) {
            throw ApiException.notFound("Capacity provider not found: " + arn);
        }
        return arn;
    }

    private static ApiException noPolicy() {
        return ApiException.notFound("The resource you requested does not exist.");
    }
}
