package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionStore;

import java.util.List;
import java.util.Map;

import static io.github.lambdaops.emulator.http.Validation.document;

/** Tags of functions, event source mappings, code signing configs and capacity providers, by ARN. */
final class TagsApi {

    private final FunctionStore store;

    TagsApi(FunctionStore store) {
        this.store = store;
    }

    ApiResponse tagResource(ApiRequest request) {
        String arn = existingResource(request);
        Map<String, String> tags = Body.of(request).stringMap("Tags");
        if (tags == null) {
            throw ApiException.required("tags");
        }
        tags.forEach((key, value) -> {
            Validation.pattern(key, "tags.key", "(?s).+", 128);
            Validation.pattern(value, "tags.value", "(?s).*", 256);
            if (key.startsWith("aws:")) {
                throw ApiException.invalidParameter("Tag keys cannot start with the reserved prefix aws: " + key);
            }
        });
        store.tags().tag(arn, tags);
        return ApiResponse.empty(204);
    }

    ApiResponse untagResource(ApiRequest request) {
        String arn = existingResource(request);
        List<String> keys = request.queries("tagKeys");
        if (keys.isEmpty()) {
            throw ApiException.required("tagKeys");
        }
        store.tags().untag(arn, keys);
        return ApiResponse.empty(204);
    }

    ApiResponse listTags(ApiRequest request) {
        return ApiResponse.json(200, document("Tags", store.tags().of(existingResource(request))));
    }

    /** The resource's ARN, or InvalidParameterValueException when it cannot be tagged, 404 when it does not exist. */
    private String existingResource(ApiRequest request) {
        String arn = request.pathParameter("Resource");
        Arns.LambdaArn parsed = Arns.parse(arn).filter(resource -> resource.kind() != Arns.Kind.LAYER
                && resource.qualifier() == null).orElseThrow(() -> ApiException.constraintViolation(arn, "resource",
                "Member must be the ARN of an unqualified function, an event source mapping, a code signing config"
                        + " or a capacity provider"));
        boolean exists = switch (parsed.kind()) {
            case FUNCTION -> store.find(parsed.region(), parsed.name()).isPresent();
            case EVENT_SOURCE_MAPPING -> store.resources().get(EventSourceMappingsApi.KIND, arn).isPresent();
            case CODE_SIGNING_CONFIG -> store.resources().get(CodeSigningConfigsApi.KIND, arn).isPresent();
            default -> store.resources().get(CapacityProvidersApi.KIND, arn).isPresent();
        };
        if (!exists) {
            throw ApiException.notFound("The resource you requested does not exist: " + arn);
        }
        return arn;
    }
}
