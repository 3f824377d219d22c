package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.PolicyDocument;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.PutResourcePolicyRequest;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.ResourcePolicyResponse;

/**
 * Put/Get/DeleteResourcePolicy: a whole policy document on a function (or one of its versions or aliases) or a
 * capacity provider, stored with a RevisionId that guards changes. Kept apart from the statements of AddPermission.
 */
final class ResourcePoliciesApi {
    private static final int MAX_POLICY_LENGTH = 20 * 1024;

    private final Stores stores;

    ResourcePoliciesApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse putResourcePolicy(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        storeOf(resource).resourcePolicy(resource);
        PutResourcePolicyRequest body = request.bodyAs(PutResourcePolicyRequest.class);
        String policy = Validation.required(body.policy(), "policy");
        if (policy.length() > MAX_POLICY_LENGTH) {
            throw ApiException.invalidParameter("The final policy size (" + policy.length() + ") is bigger than the"
                    + " limit (" + MAX_POLICY_LENGTH + ").");
        }
        requirePolicyDocument(policy);
        PolicyDocument stored = storeOf(resource).putResourcePolicy(resource, policy, body.revisionId());
        return ApiResponse.json(200, new ResourcePolicyResponse(stored.policy(), stored.revisionId()));
    }

    ApiResponse getResourcePolicy(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        PolicyDocument stored = storeOf(resource).resourcePolicy(resource)
                .orElseThrow(ApiException::resourceNotFound);
        return ApiResponse.json(200, new ResourcePolicyResponse(stored.policy(), stored.revisionId()));
    }

    ApiResponse deleteResourcePolicy(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        storeOf(resource).deleteResourcePolicy(resource, request.query("RevisionId"));
        return ApiResponse.empty(204);
    }

    private LambdaStore storeOf(Arns.LambdaArn resource) {
        return stores.of(resource.account(), resource.region());
    }

    private static void requirePolicyDocument(String policy) {
        JsonNode document = Json.readTree(policy)
                .orElseThrow(() -> ApiException.invalidParameter("The policy is not valid JSON."));
        if (!document.isObject() || !document.has("Statement")) {
            throw ApiException.invalidParameter("The policy is not a valid IAM policy document: it needs a Statement.");
        }
    }

    private static Arns.LambdaArn resourceOf(ApiRequest request) {
        String arn = request.pathParameter("ResourceArn");
        return Arns.parse(arn).filter(resource -> resource.kind() == Arns.Kind.FUNCTION
                        || (resource.kind() == Arns.Kind.CAPACITY_PROVIDER && resource.qualifier() == null))
                .orElseThrow(() -> ApiException.constraintViolation(arn, "resourceArn",
                        "Member must be the ARN of a function (qualified or not) or of a capacity provider"));
    }
}
