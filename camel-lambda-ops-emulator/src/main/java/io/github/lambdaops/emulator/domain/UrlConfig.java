package io.github.lambdaops.emulator.domain;

import java.util.List;

/** A function URL of a function or alias: its address (never served), auth type, CORS and invoke mode. */
public record UrlConfig(String functionUrl, String authType, Cors cors, String creationTime, String lastModifiedTime,
                        String invokeMode) {

    public record Cors(Boolean allowCredentials, List<String> allowHeaders, List<String> allowMethods,
                       List<String> allowOrigins, List<String> exposeHeaders, Integer maxAge) {
    }

    /** This config with the members given (null keeps this one's), modified at {@code now}. */
    public UrlConfig update(String newAuthType, Cors newCors, String newInvokeMode, String now) {
        return new UrlConfig(functionUrl, newAuthType != null ? newAuthType : authType, newCors != null ? newCors : cors,
                creationTime, now, newInvokeMode != null ? newInvokeMode : invokeMode);
    }
}
