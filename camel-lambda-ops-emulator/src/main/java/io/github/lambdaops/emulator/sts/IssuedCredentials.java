package io.github.lambdaops.emulator.sts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.github.lambdaops.emulator.auth.TemporaryKeys;
import io.github.lambdaops.emulator.domain.Arns;

/**
 * The temporary credentials the emulator's STS issued, by access key id, for strict auth to accept while they last.
 * Each remembers the role and session it was issued for and how many requests it signed, so a test can tell that a
 * client really used an assumed role.
 */
public final class IssuedCredentials implements TemporaryKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** One issue: the key pair, its session token, what it stands for, and its use. */
    public static final class Issued {
        private final String accessKeyId;
        private final Key key;
        private final Arns.RoleArn role;
        private final String sessionName;
        private final String externalId;
        private final String assumedRoleId;
        private final AtomicLong signedRequests = new AtomicLong();

        Issued(String accessKeyId, Key key, Arns.RoleArn role, String sessionName, String externalId) {
            this.accessKeyId = accessKeyId;
            this.assumedRoleId = "AROA" + random(KEY_ID_CHARACTERS, 17) + ":" + sessionName;
            this.key = key;
            this.role = role;
            this.sessionName = sessionName;
            this.externalId = externalId;
        }

        public String accessKeyId() {
            return accessKeyId;
        }

        public String roleArn() {
            return role.arn();
        }

        /** The account of the role assumed. */
        public String account() {
            return role.account();
        }

        /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}, the ARN of this session. */
        public String assumedRoleArn() {
            return role.assumedRole(sessionName);
        }

        public String sessionName() {
            return sessionName;
        }

        public String externalId() {
            return externalId;
        }

        /** {@code AROA...:session}, the id STS gives the assumed role's session. */
        public String assumedRoleId() {
            return assumedRoleId;
        }

        public Instant expiration() {
            return key.expiration();
        }

        /** How many requests strict auth checked that this key signed. */
        public long signedRequests() {
            return signedRequests.get();
        }

        Key key() {
            return key;
        }

        @Override
        public String toString() {
            return "Issued[" + accessKeyId + " for " + role.arn() + "/" + sessionName + "]";
        }
    }

    private final Map<String, Issued> byAccessKeyId = new ConcurrentHashMap<>();
    private final Clock clock;

    public IssuedCredentials(Clock clock) {
        this.clock = clock;
    }

    Issued issue(Arns.RoleArn role, String sessionName, String externalId, Duration lifetime) {
        String accessKeyId = "ASIA" + random(KEY_ID_CHARACTERS, 16);
        Key key = new Key(Base64.getEncoder().withoutPadding().encodeToString(bytes(30)),
                Base64.getEncoder().encodeToString(bytes(96)), clock.instant().plus(lifetime));
        Issued issued = new Issued(accessKeyId, key, role, sessionName, externalId);
        byAccessKeyId.put(accessKeyId, issued);
        return issued;
    }

    Optional<Issued> issued(String accessKeyId) {
        return Optional.ofNullable(accessKeyId).map(byAccessKeyId::get);
    }

    @Override
    public Optional<Key> find(String accessKeyId) {
        Issued issued = byAccessKeyId.get(accessKeyId);
        if (issued == null) {
            return Optional.empty();
        }
        issued.signedRequests.incrementAndGet();
        return Optional.of(issued.key());
    }

    /** Every credential issued so far, oldest first. */
    public List<Issued> all() {
        return byAccessKeyId.values().stream().sorted((a, b) -> a.expiration().compareTo(b.expiration()))
                .collect(Collectors.toList());
    }

    public void clear() {
        byAccessKeyId.clear();
    }

    static String random(String characters, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(RANDOM.nextInt(characters.length())));
        }
        return text.toString();
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
