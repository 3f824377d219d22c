package io.github.lambdaops.emulator.auth;

import java.util.Map;
import java.util.Optional;

/**
 * The emulator's strict-auth setting, off when it holds no key: with keys, every API request must be signed with
 * SigV4 by one of them, within five minutes of the emulator's clock. The emulator's own paths ({@code /_...}: code
 * downloads, admin) stay open, as pre-signed URLs and local tooling would be.
 */
public final class StrictAuth {
    private final Map<String, String> secretKeysByAccessKey;
    private final TemporaryKeys temporaryKeys;

    /** Strict auth that accepts requests signed with these key pairs (secret access keys by access key id). */
    public StrictAuth(Map<String, String> secretKeysByAccessKey) {
        this(secretKeysByAccessKey, TemporaryKeys.NONE);
    }

    /** As {@link #StrictAuth(Map)}, and with the temporary keys that were issued, while they last. */
    public StrictAuth(Map<String, String> secretKeysByAccessKey, TemporaryKeys temporaryKeys) {
        this.secretKeysByAccessKey = Map.copyOf(secretKeysByAccessKey);
        this.temporaryKeys = temporaryKeys;
    }

    public boolean isEnabled() {
        return !secretKeysByAccessKey.isEmpty();
    }

    Optional<String> secretKeyOf(String accessKeyId) {
        return Optional.ofNullable(secretKeysByAccessKey.get(accessKeyId));
    }

    Optional<TemporaryKeys.Key> temporaryKeyOf(String accessKeyId) {
        return temporaryKeys.find(accessKeyId);
    }

    @Override
    public String toString() {
        return "StrictAuth[" + (isEnabled() ? secretKeysByAccessKey.size() + " key(s)" : "off") + "]";
    }
}
