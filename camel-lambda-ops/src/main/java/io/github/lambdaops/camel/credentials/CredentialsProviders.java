package io.github.lambdaops.camel.credentials;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.utils.StringUtils;

/**
 * The credentials of a client the component builds, from the endpoint's options: static keys, a profile, the SDK's
 * default chain (which reads EKS IRSA and Pod Identity), and optionally a role assumed on top of any of them. The
 * options are checked as a whole first, so a contradictory or broken configuration fails the endpoint's start with a
 * message naming the options rather than the first call with the SDK's.
 */
public final class CredentialsProviders {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    private CredentialsProviders() {
    }

    /**
     * @return the provider to give the client, or null for the SDK's default chain
     * @throws LambdaOpsParameterException when the options contradict each other or name what does not exist
     */
    public static AwsCredentialsProvider of(LambdaOpsConfiguration configuration) {
        check(configuration);
        AwsCredentialsProvider base = base(configuration);
        if (StringUtils.isBlank(configuration.getAssumeRoleArn())) {
            return base;
        }
        return new AssumedRoleCredentials(stsClient(configuration, base), configuration.getAssumeRoleArn(),
                configuration.getAssumeRoleSessionName(), configuration.getAssumeRoleExternalId());
    }

    static void check(LambdaOpsConfiguration configuration) {
        List<String> sources = new ArrayList<>();
        if (StringUtils.isNotBlank(configuration.getAccessKey()) || StringUtils.isNotBlank(configuration.getSecretKey())) {
            sources.add("accessKey/secretKey");
        }
        if (configuration.isUseDefaultCredentialsProvider()) {
            sources.add("useDefaultCredentialsProvider");
        }
        if (configuration.isUseProfileCredentialsProvider()) {
            sources.add("useProfileCredentialsProvider");
        }
        if (sources.size() > 1) {
            throw new LambdaOpsParameterException("Credentials options " + String.join(" and ", sources)
                    + " each choose the credentials: set only one of them");
        }
        if (configuration.isUseProfileCredentialsProvider()) {
            checkProfile(configuration.getProfileCredentialsName());
        }
        if (configuration.isUseDefaultCredentialsProvider() || sources.isEmpty()) {
            checkWebIdentityTokenFile();
        }
        checkAssumeRole(configuration);
    }

    private static void checkProfile(String name) {
        String profile = StringUtils.isBlank(name) ? ProfileFileSystemSetting.AWS_PROFILE.getStringValueOrThrow() : name;
        if (ProfileFile.defaultProfileFile().profile(profile).isEmpty()) {
            throw new LambdaOpsParameterException("URI option useProfileCredentialsProvider=true: the profile '"
                    + profile + "' (option profileCredentialsName) is in none of the AWS config and credentials files");
        }
    }

    /** IRSA sets the token file's path; a path to nothing fails every call later, so it fails the start instead. */
    private static void checkWebIdentityTokenFile() {
        String tokenFile = SdkSystemSetting.AWS_WEB_IDENTITY_TOKEN_FILE.getStringValue().orElse(null);
        if (StringUtils.isNotBlank(tokenFile) && !Files.isRegularFile(Path.of(tokenFile))) {
            throw new LambdaOpsParameterException("The default credentials chain (option "
                    + "useDefaultCredentialsProvider) reads a web identity token from AWS_WEB_IDENTITY_TOKEN_FILE "
                    + "(system property aws.webIdentityTokenFile), but that file does not exist: " + tokenFile);
        }
    }

    private static void checkAssumeRole(LambdaOpsConfiguration configuration) {
        String roleArn = configuration.getAssumeRoleArn();
        if (StringUtils.isBlank(roleArn)) {
            if (StringUtils.isNotBlank(configuration.getAssumeRoleExternalId())) {
                throw new LambdaOpsParameterException("URI option assumeRoleExternalId needs assumeRoleArn");
            }
            return;
        }
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw new LambdaOpsParameterException("URI option assumeRoleArn expects an IAM role ARN such as "
                    + "arn:aws:iam::123456789012:role/name, got '" + roleArn + "'");
        }
        String sessionName = configuration.getAssumeRoleSessionName();
        if (sessionName == null || !SESSION_NAME.matcher(sessionName).matches()) {
            throw new LambdaOpsParameterException("URI option assumeRoleSessionName expects 2 to 64 letters, digits "
                    + "or +=,.@-, got '" + sessionName + "'");
        }
    }

    /** The credentials the options choose before any role is assumed; null for the SDK's default chain. */
    private static AwsCredentialsProvider base(LambdaOpsConfiguration configuration) {
        if (configuration.isUseDefaultCredentialsProvider()) {
            return DefaultCredentialsProvider.builder().build();
        }
        if (configuration.isUseProfileCredentialsProvider()) {
            return StringUtils.isBlank(configuration.getProfileCredentialsName())
                    ? ProfileCredentialsProvider.create()
                    : ProfileCredentialsProvider.create(configuration.getProfileCredentialsName());
        }
        boolean hasKeys = StringUtils.isNotBlank(configuration.getAccessKey())
                && StringUtils.isNotBlank(configuration.getSecretKey());
        if (configuration.isUseSessionCredentials()) {
            if (!hasKeys || StringUtils.isBlank(configuration.getSessionToken())) {
                throw new LambdaOpsParameterException("URI option useSessionCredentials=true needs accessKey, "
                        + "secretKey and sessionToken");
            }
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(configuration.getAccessKey(),
                    configuration.getSecretKey(), configuration.getSessionToken()));
        }
        if (hasKeys) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(configuration.getAccessKey(), configuration.getSecretKey()));
        }
        if (StringUtils.isNotBlank(configuration.getAccessKey()) || StringUtils.isNotBlank(configuration.getSecretKey())) {
            throw new LambdaOpsParameterException("URI options accessKey and secretKey go together: one is missing");
        }
        return null;
    }

    /**
     * The STS client that assumes the role, with the base credentials, in the endpoint's region; with
     * overrideEndpoint it calls the same address, as LocalStack and the embedded emulator serve STS there too.
     */
    private static StsClient stsClient(LambdaOpsConfiguration configuration, AwsCredentialsProvider base) {
        StsClientBuilder sts = StsClient.builder();
        if (base != null) {
            sts.credentialsProvider(base);
        }
        if (StringUtils.isNotBlank(configuration.getRegion())) {
            sts.region(Region.of(configuration.getRegion()));
        }
        if (configuration.isOverrideEndpoint() && StringUtils.isNotBlank(configuration.getUriEndpointOverride())) {
            sts.endpointOverride(URI.create(configuration.getUriEndpointOverride()));
        }
        return sts.build();
    }
}
