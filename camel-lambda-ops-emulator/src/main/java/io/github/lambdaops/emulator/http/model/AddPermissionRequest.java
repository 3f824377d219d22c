package io.github.lambdaops.emulator.http.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of AddPermission. */
public record AddPermissionRequest(
        String statementId,
        String action,
        String principal,
        String sourceArn,
        String sourceAccount,
        String eventSourceToken,
        String revisionId,
        @JsonProperty("PrincipalOrgID") String principalOrgId,
        String functionUrlAuthType,
        Boolean invokedViaFunctionUrl) {
}
