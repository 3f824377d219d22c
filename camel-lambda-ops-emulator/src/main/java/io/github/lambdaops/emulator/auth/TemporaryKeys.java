package io.github.lambdaops.emulator.auth;

import java.time.Instant;
import java.util.Optional;

/** Temporary keys someone issued (the emulator's STS), which strict auth accepts besides its own key pairs. */
@FunctionalInterface
public interface TemporaryKeys {

    /** A temporary key pair: signed requests must carry its session token, and it stops working when it expires. */
    record Key(String secretAccessKey, String sessionToken, Instant expiration) {
    }

    TemporaryKeys NONE = accessKeyId -> Optional.empty();

    /** The temporary key of this id, looked up for each request it signs. */
    Optional<Key> find(String accessKeyId);
}
