package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Jackson mix-ins for the domain values the API writes as they are: the members it does not spell in
 * UpperCamelCase, and what it leaves out. The domain itself knows nothing of JSON.
 */
public final class WireNames {
    private WireNames() {
    }

    /** For {@code FunctionConfiguration}. */
    public interface FunctionConfigurationNames {
        @JsonProperty("KMSKeyArn")
        String kmsKeyArn();
    }

    /** For {@code EventSourceMapping.Settings}. */
    public interface EventSourceMappingSettingsNames {
        @JsonProperty("KMSKeyArn")
        String kmsKeyArn();
    }

    /** For {@code PolicyStatement}: IAM leaves out an empty Condition. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public interface PolicyStatementNames {
    }
}
