package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.AccountResourceMessages.Tags;

import java.util.List;
import java.util.Map;

/** Tags of functions, event source mappings, code signing configs and capacity providers, by ARN. */
final class TagsApi {
    private final Stores stores;

    TagsApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse tagResource(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        Map<String, String> tags = Validation.required(request.bodyAs(Tags.class).tags(), "tags");
        if (tags.isEmpty()) {
            throw ApiException.invalidParameter("An error occurred and the request cannot be processed.");
        }
        Validation.tags(tags);
        storeOf(resource).tag(resource, tags);
        return ApiResponse.empty(204);
    }

    ApiResponse untagResource(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        List<String> keys = request.queries("tagKeys");
        if (keys.isEmpty()) {
            throw ApiException.required("tagKeys");
        }
        storeOf(resource).untag(resource, keys);
        return ApiResponse.empty(204);
    }

    ApiResponse listTags(ApiRequest request) {
        Arns.LambdaArn resource = resourceOf(request);
        return ApiResponse.json(200, new Tags(storeOf(resource).tags(resource)));
    }

    private LambdaStore storeOf(Arns.LambdaArn resource) {
        return stores.of(resource.account(), resource.region());
    }

    /** The taggable resource the ARN names: an unqualified function, a mapping, a config or a provider. */
    private static Arns.LambdaArn resourceOf(ApiRequest request) {
        String arn = Validation.requiredPattern(request.pathParameter("Resource"), "resource", Arns.TAGGABLE, 256);
        Arns.LambdaArn resource = Arns.parse(arn).orElseThrow(() -> ApiException.constraintViolation(arn, "resource",
                "Member must satisfy regular expression pattern: " + Arns.TAGGABLE));
        if (resource.kind() == Arns.Kind.FUNCTION && resource.qualifier() != null) {
            throw ApiException.invalidParameter("Tags on function aliases and versions are not supported. Please"
                    + " specify a function ARN.");
        }
        if (resource.kind() == Arns.Kind.LAYER) {
            throw ApiException.invalidParameter("Tags on layers are not supported: " + arn);
        }
        return resource;
    }
}
