package io.github.lambdaops.emulator.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Lambda ARN: the patterns the API reference gives for them (all built on one region pattern), building
 * them, parsing them, and resolving what a request names a function with (name, partial ARN, full ARN) to its
 * account, region, name and qualifier.
 */
public final class Arns {
    public static final String LATEST = "$LATEST";

    public static final String PARTITION = "aws[a-zA-Z-]*";
    public static final String REGION = "[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}";
    public static final String ACCOUNT = "\\d{12}";
    public static final String NAME = "[a-zA-Z0-9-_]+";
    public static final String QUALIFIER = "(|[a-zA-Z0-9$_-]+)";
    public static final String ALIAS_NAME = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)";
    /** What a request may name a function with: a name, {@code NAME:QUALIFIER}, a partial or a full ARN. */
    public static final String FUNCTION_NAME = "(arn:(" + PARTITION + ")?:lambda:)?(" + REGION + ":)?(" + ACCOUNT
            + ":)?(function:)?(" + NAME + ")(:(\\$LATEST|" + NAME + "))?";
    public static final String LAYER_NAME = "(arn:[a-zA-Z0-9-]+:lambda:" + REGION + ":" + ACCOUNT + ":layer:" + NAME
            + ")|" + NAME;
    public static final String LAYER_VERSION = "arn:[a-zA-Z0-9-]+:lambda:" + REGION + ":" + ACCOUNT + ":layer:" + NAME
            + ":[0-9]+";
    public static final String CODE_SIGNING_CONFIG = "arn:(" + PARTITION + ")?:lambda:" + REGION + ":" + ACCOUNT
            + ":code-signing-config:csc-[a-z0-9]{17}";
    /** A resource of any service: destinations, event sources, signing profiles. */
    public static final String ANY_RESOURCE = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:(" + REGION + ")?:("
            + ACCOUNT + ")?:(.*)";
    public static final String RUNTIME_VERSION = "arn:(" + PARTITION + "):lambda:" + REGION + "::runtime:.+";
    public static final String ROLE = "arn:(" + PARTITION + ")?:iam::" + ACCOUNT + ":role/?[a-zA-Z_0-9+=,.@\\-_/]+";
    /** Who a layer version may be shared with: an account, its root user, or everyone. */
    public static final String LAYER_PRINCIPAL = ACCOUNT + "|\\*|arn:(" + PARTITION + "):iam::" + ACCOUNT + ":root";
    public static final String DURABLE_EXECUTION = "arn:[a-zA-Z0-9-]+:lambda:\\S+";
    /** ListFunctions' MasterRegion. */
    public static final String MASTER_REGION = "ALL|" + REGION;

    /** Any Lambda ARN; its partition as loose as the loosest of the API's patterns (layers'). */
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:[a-zA-Z0-9-]+:lambda:(?<region>" + REGION
            + "):(?<account>" + ACCOUNT + "):(?<kind>function|layer|event-source-mapping|code-signing-config"
            + "|capacity-provider):(?<name>[a-zA-Z0-9-_]+)(:(?<qualifier>\\$LATEST|[a-zA-Z0-9-_]+))?");
    private static final Pattern FUNCTION_REFERENCE = Pattern.compile("(?:arn:" + PARTITION + ":lambda:(?<region>"
            + REGION + "):)?(?:(?<account>" + ACCOUNT + "):)?(?:function:)?(?<name>[a-zA-Z0-9_-]{1,64})"
            + "(?::(?<qualifier>\\$LATEST|[a-zA-Z0-9_-]{1,128}))?");
    private static final int MAX_FUNCTION_REFERENCE = 170;

    /** The kinds of Lambda resources with an ARN, by the word their ARNs carry. */
    public enum Kind {
        FUNCTION("function"), LAYER("layer"), EVENT_SOURCE_MAPPING("event-source-mapping"),
        CODE_SIGNING_CONFIG("code-signing-config"), CAPACITY_PROVIDER("capacity-provider");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        static Kind of(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException(word);
        }
    }

    /** A parsed Lambda ARN; {@code qualifier} is a function's version or alias, or a layer's version number. */
    public record LambdaArn(Kind kind, String region, String account, String name, String qualifier) {
        @Override
        public String toString() {
            String arn = "arn:aws:lambda:" + region + ":" + account + ":" + kind.word + ":" + name;
            return qualifier == null ? arn : qualify(arn, qualifier);
        }
    }

    private Arns() {
    }

    public static String function(String region, String accountId, String name) {
        return new LambdaArn(Kind.FUNCTION, region, accountId, name, null).toString();
    }

    /** A function's ARN, qualified (by a version or alias) unless {@code qualifier} is null. */
    public static String function(String region, String accountId, String name, String qualifier) {
        return new LambdaArn(Kind.FUNCTION, region, accountId, name, qualifier).toString();
    }

    public static String layer(String region, String accountId, String name) {
        return new LambdaArn(Kind.LAYER, region, accountId, name, null).toString();
    }

    public static String layerVersion(String region, String accountId, String name, long version) {
        return new LambdaArn(Kind.LAYER, region, accountId, name, String.valueOf(version)).toString();
    }

    public static String eventSourceMapping(String region, String accountId, String uuid) {
        return new LambdaArn(Kind.EVENT_SOURCE_MAPPING, region, accountId, uuid, null).toString();
    }

    public static String codeSigningConfig(String region, String accountId, String id) {
        return new LambdaArn(Kind.CODE_SIGNING_CONFIG, region, accountId, id, null).toString();
    }

    public static String capacityProvider(String region, String accountId, String name) {
        return new LambdaArn(Kind.CAPACITY_PROVIDER, region, accountId, name, null).toString();
    }

    /** The ARN of a version (or alias) of what {@code arn} names: a function's, a layer's. */
    public static String qualify(String arn, String qualifier) {
        return arn + ":" + qualifier;
    }

    /** The root user of an account, as IAM names it in a policy's Principal. */
    public static String accountRoot(String accountId) {
        return "arn:aws:iam::" + accountId + ":root";
    }

    /** The service of any ARN ({@code sqs} of {@code arn:aws:sqs:...}). */
    public static String serviceOf(String arn) {
        String[] parts = arn.split(":", 4);
        return parts.length > 2 ? parts[2] : "";
    }

    /** A Lambda ARN of any kind, or empty when {@code arn} is none. */
    public static Optional<LambdaArn> parse(String arn) {
        Matcher matcher = LAMBDA_ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LambdaArn(Kind.of(matcher.group("kind")), matcher.group("region"),
                matcher.group("account"), matcher.group("name"), matcher.group("qualifier")));
    }

    /**
     * What a request names a function with ({@code member}): a name, {@code NAME:QUALIFIER}, a partial ARN
     * ({@code ACCOUNT:function:NAME[:QUALIFIER]}) or a full ARN, whose account wins over the request's; a function
     * of another region than the request's is not reachable, as in AWS.
     */
    public static FunctionRef resolveFunction(String value, String member, String requestRegion, String accountId) {
        if (value == null || value.isEmpty()) {
            throw ApiException.constraintViolation(value, member, "Member must have length greater than or equal to 1");
        }
        if (isPlainName(value)) {
            return new FunctionRef(accountId, requestRegion, value, null);
        }
        Matcher matcher = FUNCTION_REFERENCE.matcher(value);
        if (value.length() > MAX_FUNCTION_REFERENCE || !matcher.matches()) {
            throw ApiException.constraintViolation(value, member,
                    "Member must satisfy regular expression pattern: " + FUNCTION_NAME);
        }
        String region = matcher.group("region");
        if (region != null && !region.equals(requestRegion)) {
            throw ApiException.notFound("Functions from '" + region + "' are not reachable in this region ('"
                    + requestRegion + "')");
        }
        String account = matcher.group("account");
        return new FunctionRef(account != null ? account : accountId, region != null ? region : requestRegion,
                matcher.group("name"), matcher.group("qualifier"));
    }

    /** A bare name ({@code [a-zA-Z0-9_-]{1,64}}), the common case, which needs no regular expression. */
    private static boolean isPlainName(String value) {
        if (value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A function named in a request: where it lives, its name and the qualifier the name carried, if any. */
    public record FunctionRef(String account, String region, String name, String qualifier) {

        /** The qualifier of the name, or else of the {@code Qualifier} parameter; the two must agree. */
        public String qualifierWith(String qualifierParameter) {
            if (qualifierParameter == null || qualifierParameter.isEmpty()) {
                return qualifier;
            }
            if (qualifier != null && !qualifier.equals(qualifierParameter)) {
                throw ApiException.invalidParameter(
                        "The derived qualifier from the function name does not match the specified qualifier.");
            }
            if (!qualifierParameter.matches("\\$LATEST|[a-zA-Z0-9_-]{1,128}")) {
                throw ApiException.constraintViolation(qualifierParameter, "qualifier",
                        "Member must satisfy regular expression pattern: " + QUALIFIER);
            }
            return qualifierParameter;
        }
    }

    /** A role STS assumes: any path, the name its last segment, as IAM allows them. */
    private static final Pattern ASSUMABLE_ROLE = Pattern.compile("arn:aws[a-z-]*:iam::(?<account>" + ACCOUNT
            + "):role/(?:[\\w+=,.@-]+/)*(?<name>[\\w+=,.@-]{1,64})");

    /** An IAM role's ARN as STS takes it: the ARN, the role's account and its name (without its path). */
    public record RoleArn(String arn, String account, String name) {

        /** The ARN STS gives a session of this role. */
        public String assumedRole(String sessionName) {
            return "arn:aws:sts::" + account + ":assumed-role/" + name + "/" + sessionName;
        }
    }

    /** The role {@code arn} names, or empty when it is no IAM role ARN. */
    public static Optional<RoleArn> parseRole(String arn) {
        Matcher matcher = ASSUMABLE_ROLE.matcher(arn == null ? "" : arn);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RoleArn(arn, matcher.group("account"), matcher.group("name")));
    }
}
