package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.state.ApiException;
import io.github.lambdaops.emulator.state.FunctionStore;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.lambdaops.emulator.http.Validation.document;

/** Tags of functions, event source mappings, code signing configs and capacity providers, by ARN. */
final class TagsApi {
    private static final Pattern TAGGABLE = Pattern.compile("arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(-gov)?-[a-z]+"
            + "-\\d):\\d{12}:(?<type>function|event-source-mapping|code-signing-config|capacity-provider):"
            + "(?<name>[a-zA-Z0-9-_]+)");

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
        Matcher matcher = TAGGABLE.matcher(arn == null ? "" : arn);
        if (!matcher.matches()) {
            throw ApiException.constraintViolation(arn, "resource", "Member must satisfy regular expression pattern: "
                    + TAGGABLE.pattern() + " (tags belong to unqualified functions, event source mappings, code"
                    + " signing configs and capacity providers)");
        }
        boolean exists = switch (matcher.group("type")) {
            case "function" -> store.find(matcher.group("region"), matcher.group("name")).isPresent();
            case "event-source-mapping" -> store.resources().get(EventSourceMappingsApi.KIND, arn).isPresent();
            case "code-signing-config" -> store.resources().get(CodeSigningConfigsApi.KIND, arn).isPresent();
            default -> store.resources().get(CapacityProvidersApi.KIND, arn).isPresent();
        };
        if (!exists) {
            throw ApiException.notFound("The resource you requested does not exist: " + arn);
        }
        return arn;
    }
}
