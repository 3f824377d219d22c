package io.github.lambdaops.emulator.sts;

import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a web identity token (an EKS service account's JWT) says, read without verifying it: its subject, its first
 * audience and its issuer, each null when the token does not say it or is no JWT.
 */
record WebIdentityClaims(String subject, String audience, String issuer) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WebIdentityClaims NONE = new WebIdentityClaims(null, null, null);

    static WebIdentityClaims of(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return NONE;
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return NONE;
        }
        JsonNode audience = claims.path("aud").isArray() ? claims.path("aud").path(0) : claims.path("aud");
        return new WebIdentityClaims(claims.path("sub").asText(null), audience.asText(null),
                claims.path("iss").asText(null));
    }
}
