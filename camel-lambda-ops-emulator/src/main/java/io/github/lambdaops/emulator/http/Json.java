package io.github.lambdaops.emulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.EventSourceMapping;
import io.github.lambdaops.emulator.domain.FunctionConfiguration;
import io.github.lambdaops.emulator.domain.PolicyStatement;
import io.github.lambdaops.emulator.http.model.WireNames;
import io.github.lambdaops.emulator.domain.FunctionVersion;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON of the Lambda API: record components map to the API's UpperCamelCase member names (the few exceptions are
 * in {@link WireNames}), nulls are left out, and unknown members are ignored (newer SDKs send members this
 * emulator does not know yet).
 */
public final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(FunctionConfiguration.class, WireNames.FunctionConfigurationNames.class)
            .addMixIn(EventSourceMapping.Settings.class, WireNames.EventSourceMappingSettingsNames.class)
            .addMixIn(PolicyStatement.class, WireNames.PolicyStatementNames.class)
            .build();

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version's configuration as JSON, written once per version (a change makes a new version). */
    public static String configurationOf(FunctionVersion version) {
        return version.configurationJson(Json::writeString);
    }

    /** Reads a request body; an empty body, or JSON {@code null}, reads as {@code {}}. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            T value = body.length == 0 ? null : MAPPER.readValue(body, type);
            return value != null ? value : MAPPER.readValue("{}", type);
        } catch (IOException e) {
            throw ApiException.invalidContent("Could not parse request body into json: " + firstLine(e));
        }
    }

    /** A JSON document given as a string member (a policy), or empty when it is not JSON. */
    public static java.util.Optional<JsonNode> readTree(String json) {
        try {
            return java.util.Optional.ofNullable(MAPPER.readTree(json));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Requires an Invoke payload to be one JSON value, as Lambda does for every runtime. */
    public static void requireJsonValue(byte[] payload) {
        try (JsonParser parser = MAPPER.getFactory().createParser(payload)) {
            if (parser.nextToken() == null) {
                return;
            }
            parser.skipChildren();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw ApiException.invalidContent("Could not parse request body into json: Could not parse payload"
                        + " into json: Unexpected content after the JSON value: " + trailing.asString());
            }
        } catch (IOException e) {
            throw ApiException.invalidContent("Could not parse request body into json: Could not parse payload into"
                    + " json: " + firstLine(e));
        }
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
