package io.github.lambdaops.emulator.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's strict-auth setting, off by default: once a key is required, every API request must be signed with
 * SigV4 by one of the required keys, within five minutes of the emulator's clock. The emulator's own paths
 * ({@code /_...}: code downloads, admin) stay open, as pre-signed URLs and local tooling would be.
 */
public final class StrictAuth {
    private final Map<String, String> secretKeysByAccessKey = new ConcurrentHashMap<>();
    private volatile boolean enabled;

    /** Turns strict auth on and accepts requests signed with this key pair (call again for more pairs). */
    public StrictAuth requireSigV4(String accessKeyId, String secretAccessKey) {
        if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("Strict auth needs an access key id and its secret access key");
        }
        secretKeysByAccessKey.put(accessKeyId, secretAccessKey);
        enabled = true;
        return this;
    }

    /** Turns strict auth off and forgets the keys: requests are accepted signed or not. */
    public void disable() {
        enabled = false;
        secretKeysByAccessKey.clear();
    }

    public boolean isEnabled() {
        return enabled;
    }

    Optional<String> secretKeyOf(String accessKeyId) {
        return Optional.ofNullable(secretKeysByAccessKey.get(accessKeyId));
    }

    @Override
    public String toString() {
        return "StrictAuth[" + (enabled ? secretKeysByAccessKey.size() + " key(s)" : "off") + "]";
    }
}
