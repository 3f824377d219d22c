package io.github.lambdaops.emulator.runtime;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** Decodes the {@code X-Amz-Client-Context} header: base64 of the mobile SDKs' JSON client context. */
public final class ClientContexts {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ClientContexts() {
    }

    /** @throws IllegalArgumentException when the header is not base64 of a JSON object */
    public static ClientContext decode(String base64) {
        try {
            Decoded decoded = JSON.readValue(Base64.getDecoder().decode(base64.trim()), Decoded.class);
            if (decoded == null) {
                throw new IllegalArgumentException("Client context must be a JSON object");
            }
            return decoded;
        } catch (IOException e) {
            throw new IllegalArgumentException("Client context must be a valid Base64-encoded JSON object.", e);
        }
    }

    /** The JSON of a client context, as the Runtime API's {@code Lambda-Runtime-Client-Context} header carries it. */
    public static String toJson(ClientContext context) {
        Client client = context.getClient();
        EncodedClient clientJson = client == null ? null : new EncodedClient(client.getInstallationId(),
                client.getAppTitle(), client.getAppVersionName(), client.getAppVersionCode(), client.getAppPackageName());
        try {
            return JSON.writeValueAsString(new Encoded(clientJson, context.getCustom(), context.getEnvironment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client context as JSON: the client only when there is one, custom and env always (null when unset). */
    @JsonPropertyOrder({"client", "custom", "env"})
    private record Encoded(@JsonProperty("client") @JsonInclude(JsonInclude.Include.NON_NULL) EncodedClient client,
                           @JsonProperty("custom") Map<String, String> custom,
                           @JsonProperty("env") Map<String, String> env) {
    }

    @JsonPropertyOrder({"installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"})
    private record EncodedClient(@JsonProperty("installation_id") String installationId,
                                 @JsonProperty("app_title") String appTitle,
                                 @JsonProperty("app_version_name") String appVersionName,
                                 @JsonProperty("app_version_code") String appVersionCode,
                                 @JsonProperty("app_package_name") String appPackageName) {
    }

    private record Decoded(@JsonProperty("client") DecodedClient client,
                           @JsonProperty("custom") Map<String, String> custom,
                           @JsonProperty("env") Map<String, String> env) implements ClientContext {
        @Override
        public Client getClient() {
            return client;
        }

        @Override
        public Map<String, String> getCustom() {
            return custom;
        }

        @Override
        public Map<String, String> getEnvironment() {
            return env;
        }
    }

    private record DecodedClient(@JsonProperty("installation_id") String installationId,
                                 @JsonProperty("app_title") String appTitle,
                                 @JsonProperty("app_version_name") String appVersionName,
                                 @JsonProperty("app_version_code") String appVersionCode,
                                 @JsonProperty("app_package_name") String appPackageName) implements Client {
        @Override
        public String getInstallationId() {
            return installationId;
        }

        @Override
        public String getAppTitle() {
            return appTitle;
        }

        @Override
        public String getAppVersionName() {
            return appVersionName;
        }

        @Override
        public String getAppVersionCode() {
            return appVersionCode;
        }

        @Override
        public String getAppPackageName() {
            return appPackageName;
        }
    }
}
