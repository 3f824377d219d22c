package io.github.lambdaops.emulator.sts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.http.ApiAction;
import io.github.lambdaops.emulator.http.ApiRequest;
import io.github.lambdaops.emulator.http.ApiResponse;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * The few STS actions a client needs to assume a role against the emulator: {@code AssumeRole},
 * {@code AssumeRoleWithWebIdentity} (EKS IRSA; unsigned, as STS takes it) and {@code GetCallerIdentity}, in STS's Query
 * protocol (a form posted to {@code /}) with its XML answers. The credentials it issues are the only temporary keys
 * strict auth accepts. Roles are not stored: any well-formed role ARN can be assumed, as with an IAM that allows all.
 */
public final class StsApi {

    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final Duration MIN_DURATION = Duration.ofMinutes(15);
    private static final Duration MAX_DURATION = Duration.ofHours(12);
    private static final Duration DEFAULT_DURATION = Duration.ofHours(1);

    private final IssuedCredentials issued;

    public StsApi(IssuedCredentials issued) {
        this.issued = issued;
    }

    /** Whether the request is one STS takes without a signature: AssumeRoleWithWebIdentity. */
    public static boolean isUnsigned(ApiRequest request) {
        return request.action() == ApiAction.STS_QUERY
                && "AssumeRoleWithWebIdentity".equals(form(request).get("Action"));
    }

    public ApiResponse handle(ApiRequest request) {
        Map<String, String> form = form(request);
        String action = form.getOrDefault("Action", "");
        try {
            switch (action) {
                case "AssumeRole":
                    return assumeRole(form);
                case "AssumeRoleWithWebIdentity":
                    return assumeRoleWithWebIdentity(form);
                case "GetCallerIdentity":
                    return getCallerIdentity(request);
                default:
                    return StsXml.error(400, "InvalidAction", "Could not find operation " + action
                            + " for version 2011-06-15; the emulator's STS serves AssumeRole, "
                            + "AssumeRoleWithWebIdentity and GetCallerIdentity");
            }
        } catch (IllegalArgumentException e) {
            return StsXml.error(400, "ValidationError", e.getMessage());
        }
    }

    private ApiResponse assumeRole(Map<String, String> form) {
        Arns.RoleArn role = role(form);
        String externalId = form.get("ExternalId");
        if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
            throw new IllegalArgumentException("1 validation error detected: Value at 'externalId' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: [\\w+=,.@:/-]* and have a length "
                    + "of 2 to 1224");
        }
        IssuedCredentials.Issued credentials = issued.issue(role, sessionName(form), externalId, duration(form));
        return StsXml.result("AssumeRole", AssumeRoleResult.of(credentials));
    }

    private ApiResponse assumeRoleWithWebIdentity(Map<String, String> form) {
        Arns.RoleArn role = role(form);
        String token = form.get("WebIdentityToken");
        if (token == null || token.length() < 4 || token.length() > 20_000) {
            throw new IllegalArgumentException("1 validation error detected: Value at 'webIdentityToken' failed to "
                    + "satisfy constraint: Member must have a length of 4 to 20000");
        }
        IssuedCredentials.Issued credentials = issued.issue(role, sessionName(form), null, duration(form));
        return StsXml.result("AssumeRoleWithWebIdentity",
                AssumeRoleWithWebIdentityResult.of(credentials, WebIdentityClaims.of(token)));
    }

    private ApiResponse getCallerIdentity(ApiRequest request) {
        String authorization = request.header("Authorization");
        Matcher credential = CREDENTIAL.matcher(authorization == null ? "" : authorization);
        if (!credential.find()) {
            return StsXml.error(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        GetCallerIdentityResult caller = issued.issued(credential.group(1))
                .map(assumed -> new GetCallerIdentityResult(assumed.assumedRoleId(), assumed.account(),
                        assumed.assumedRoleArn()))
                .orElseGet(() -> new GetCallerIdentityResult(request.accountId(), request.accountId(),
                        Arns.accountRoot(request.accountId())));
        return StsXml.result("GetCallerIdentity", caller);
    }

    private static Arns.RoleArn role(Map<String, String> form) {
        String roleArn = form.get("RoleArn");
        return Arns.parseRole(roleArn).orElseThrow(() -> new IllegalArgumentException("1 validation error detected: "
                + "Value '" + roleArn + "' at 'roleArn' failed to satisfy constraint: Member must be an IAM role ARN, "
                + "arn:aws:iam::123456789012:role/name"));
    }

    private static String sessionName(Map<String, String> form) {
        String sessionName = form.get("RoleSessionName");
        if (sessionName == null || !SESSION_NAME.matcher(sessionName).matches()) {
            throw new IllegalArgumentException("1 validation error detected: Value '" + sessionName + "' at "
                    + "'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\w+=,.@-]* and have a length of 2 to 64");
        }
        return sessionName;
    }

    private static Duration duration(Map<String, String> form) {
        String seconds = form.get("DurationSeconds");
        if (seconds == null) {
            return DEFAULT_DURATION;
        }
        try {
            Duration duration = Duration.ofSeconds(Long.parseLong(seconds));
            if (duration.compareTo(MIN_DURATION) >= 0 && duration.compareTo(MAX_DURATION) <= 0) {
                return duration;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("1 validation error detected: Value '" + seconds + "' at 'durationSeconds' "
                + "failed to satisfy constraint: Member must have value between 900 and 43200");
    }

    /** The Query protocol's parameters: the form of a POST (and the query string, where a client puts them). */
    private static Map<String, String> form(ApiRequest request) {
        Map<String, String> parameters = new HashMap<>();
        request.queryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        Map<String, List<String>> body = new QueryStringDecoder(new String(request.body(), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, false).parameters();
        body.forEach((name, values) -> parameters.put(name, values.get(0)));
        return parameters;
    }
}
