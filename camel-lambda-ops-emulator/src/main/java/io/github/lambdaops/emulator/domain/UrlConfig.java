package io.github.lambdaops.emulator.domain;

import java.util.List;

/**
 * A function URL of a function or alias: the id it is served under, its address, auth type, CORS and invoke mode.
 */
public record UrlConfig(String urlId, String functionUrl, String authType, Cors cors, String creationTime,
                        String lastModifiedTime, String invokeMode) {
    public static final String AUTH_NONE = "NONE";
    public static final String AUTH_IAM = "AWS_IAM";
    public static final String BUFFERED = "BUFFERED";
    public static final String RESPONSE_STREAM = "RESPONSE_STREAM";

    public record Cors(Boolean allowCredentials, List<String> allowHeaders, List<String> allowMethods,
                       List<String> allowOrigins, List<String> exposeHeaders, Integer maxAge) {
    }

    /** This config with the members given (null keeps this one's), modified at {@code now}. */
    public UrlConfig update(String newAuthType, Cors newCors, String newInvokeMode, String now) {
        return new UrlConfig(urlId, functionUrl, newAuthType != null ? newAuthType : authType,
                newCors != null ? newCors : cors, creationTime, now, newInvokeMode != null ? newInvokeMode : invokeMode);
    }

    public boolean requiresSignature() {
        return AUTH_IAM.equals(authType);
    }

    public boolean streams() {
        return RESPONSE_STREAM.equals(invokeMode);
    }
}
