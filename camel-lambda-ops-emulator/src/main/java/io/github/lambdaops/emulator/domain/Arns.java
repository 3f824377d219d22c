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
    public static final String REGION = "(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}";
    public static final String ACCOUNT = "\\d{12}";
    public static final String NAME = "[a-zA-Z0-9-_]+";
    /** The {@code Qualifier} parameter: $LATEST, $LATEST.PUBLISHED, a version or an alias. */
    public static final String QUALIFIER = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+";
    public static final int MAX_QUALIFIER = 128;
    public static final String ALIAS_NAME = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)";
    /** What a request may name an existing function with: a name, {@code NAME:QUALIFIER}, a partial or a full ARN. */
    public static final String FUNCTION_NAME = "(arn:(" + PARTITION + ")?:lambda:)?(" + REGION + ":)?(" + ACCOUNT
            + ":)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|" + NAME + "))?";
    public static final int MAX_FUNCTION_NAME = 170;
    /** What CreateFunction may name its new function with: stricter than {@link #FUNCTION_NAME}. */
    public static final String NEW_FUNCTION_NAME = "(arn:(" + PARTITION + ")?:lambda:)?(" + REGION + ":)?(" + ACCOUNT
            + ":)?(function:)?(" + NAME + ")(:(\\$LATEST|" + NAME + "))?";
    public static final int MAX_NEW_FUNCTION_NAME = 140;
    /** The longest name a function may have (the name part of what CreateFunction is given). */
    public static final int MAX_NAME = 64;
    public static final String LAYER_NAME = "(arn:[a-zA-Z0-9-]+:lambda:" + REGION + ":" + ACCOUNT + ":layer:" + NAME
            + ")|" + NAME;
    public static final String LAYER_VERSION = "(arn:(" + PARTITION + ")?:lambda:" + REGION + ":" + ACCOUNT + ":layer:"
            + NAME + ":[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:" + NAME + ")";
    public static final String CODE_SIGNING_CONFIG = "arn:(" + PARTITION + ")?:lambda:" + REGION + ":" + ACCOUNT
            + ":code-signing-config:csc-[a-z0-9]{17}";
    /** A resource of any service: destinations, event sources, signing profiles. */
    public static final String ANY_RESOURCE = "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:(" + REGION + ")?:("
            + ACCOUNT + ")?:(.*)";
    /** Where asynchronous invocations and event source mappings send records: a resource, or a Kafka cluster. */
    public static final String DESTINATION = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|" + ANY_RESOURCE;
    /** What TagResource, UntagResource and ListTags accept. */
    public static final String TAGGABLE = "arn:(" + PARTITION + "):lambda:" + REGION + ":" + ACCOUNT + ":(function:"
            + NAME + "(:(\\$LATEST|" + NAME + "))?|layer:(" + NAME + ")|code-signing-config:csc-[a-z0-9]{17}"
            + "|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|capacity-provider:" + NAME + ")";
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
    private static final Pattern FUNCTION_REFERENCE = Pattern.compile(FUNCTION_NAME);
    private static final Pattern NEW_FUNCTION_REFERENCE = Pattern.compile(NEW_FUNCTION_NAME);
    /** The groups of both function name patterns that hold the region, the account, the name and the qualifier. */
    private static final int REGION_GROUP = 3;
    private static final int ACCOUNT_GROUP = 9;
    private static final int NAME_GROUP = 11;
    private static final int QUALIFIER_GROUP = 13;

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

    /** A runtime version of a region ({@code arn:aws:lambda:REGION::runtime:HASH}), as configurations name it. */
    public static String runtimeVersion(String region, String hash) {
        return "arn:aws:lambda:" + region + "::runtime:" + hash;
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
     * What a request names an existing function with ({@code member}): a name, {@code NAME:QUALIFIER}, a partial ARN
     * ({@code ACCOUNT:function:NAME[:QUALIFIER]}) or a full ARN, whose account wins over the request's; a function
     * of another region than the request's is not reachable, as in AWS. A name no function can have (too long, with
     * a dot) passes, as in AWS: no function is found by it.
     */
    public static FunctionRef resolveFunction(String value, String member, String requestRegion, String accountId) {
        if (value != null && !value.isEmpty() && isPlainName(value)) {
            return new FunctionRef(accountId, requestRegion, value, null);
        }
        return resolve(value, member, FUNCTION_REFERENCE, MAX_FUNCTION_NAME, requestRegion, accountId);
    }

    /**
     * What CreateFunction names its new function with: as {@link #resolveFunction}, but checked against the stricter
     * pattern CreateFunction has, and a name longer than {@link #MAX_NAME} is refused.
     */
    public static FunctionRef resolveNewFunction(String value, String member, String requestRegion, String accountId) {
        FunctionRef reference = resolve(value, member, NEW_FUNCTION_REFERENCE, MAX_NEW_FUNCTION_NAME, requestRegion,
                accountId);
        if (reference.name().length() > MAX_NAME) {
            // AWS words this check like a validation error but answers it as InvalidParameterValueException
            throw ApiException.invalidParameter("1 validation error detected: " + ApiException.violation(value, member,
                    "Member must have length less than or equal to " + MAX_NAME));
        }
        return reference;
    }

    private static FunctionRef resolve(String value, String member, Pattern pattern, int maxLength,
                                       String requestRegion, String accountId) {
        if (value == null) {
            throw ApiException.required(member);
        }
        if (value.isEmpty()) {
            throw ApiException.constraintViolation(value, member, "Member must have length greater than or equal to 1");
        }
        if (value.length() > maxLength) {
            throw ApiException.constraintViolation(value, member, "Member must have length less than or equal to "
                    + maxLength);
        }
        Matcher matcher = pattern.matcher(value);
        if (!matcher.matches()) {
            throw ApiException.constraintViolation(value, member,
                    "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        String region = withoutColon(matcher.group(REGION_GROUP));
        if (region != null && !region.equals(requestRegion)) {
            throw ApiException.notFound("Functions from '" + region + "' are not reachable in this region ('"
                    + requestRegion + "')");
        }
        String account = withoutColon(matcher.group(ACCOUNT_GROUP));
        return new FunctionRef(account != null ? account : accountId, region != null ? region : requestRegion,
                matcher.group(NAME_GROUP), matcher.group(QUALIFIER_GROUP));
    }

    /** A group of the function name patterns that ends with its separator ({@code REGION:}), without it. */
    private static String withoutColon(String group) {
        return group == null ? null : group.substring(0, group.length() - 1);
    }

    /** A bare name ({@code [a-zA-Z0-9_-]{1,64}}), the common case, which needs no regular expression. */
    private static boolean isPlainName(String value) {
        if (value.length() > MAX_NAME) {
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
            if (qualifierParameter.length() > MAX_QUALIFIER) {
                throw ApiException.constraintViolation(qualifierParameter, "qualifier",
                        "Member must have length less than or equal to " + MAX_QUALIFIER);
            }
            if (!qualifierParameter.matches(QUALIFIER)) {
                throw ApiException.constraintViolation(qualifierParameter, "qualifier",
                        "Member must satisfy regular expression pattern: " + QUALIFIER);
            }
            if (qualifier != null && !qualifier.equals(qualifierParameter)) {
                throw ApiException.invalidParameter(
                        "The derived qualifier from the function name does not match the specified qualifier.");
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
