package io.github.lambdaops.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.github.lambdaops.emulator.sts.IssuedCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulator's STS, over HTTP with the SDK's StsClient: it assumes roles in STS's Query protocol and XML, and under
 * strict auth the Lambda API takes the temporary keys it issued, and no others.
 */
class StsTest {
    private static final String BASE_KEY = "AKIDSTSBASE";
    private static final String BASE_SECRET = "sts-base-secret";
    private static final String ROLE = "arn:aws:iam::123456789012:role/deployer";

    @RegisterExtension
    static LambdaEmulatorExtension lambda = new LambdaEmulatorExtension(EmulatorSettings.builder()
            .strictAuth(BASE_KEY, BASE_SECRET).build());

    @BeforeEach
    void forgetIssued() {
        lambda.emulator().issuedCredentials().clear();
    }

    @Test
    void assumeRoleIssuesTemporaryCredentialsTheLambdaApiAccepts() {
        AssumeRoleResponse assumed = sts(base()).assumeRole(r -> r.roleArn(ROLE).roleSessionName("tests")
                .externalId("ext-1"));

        Credentials credentials = assumed.credentials();
        assertThat(credentials.accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(credentials.expiration()).isBetween(Instant.now().plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/deployer/tests");
        assertThat(assumed.assumedRoleUser().assumedRoleId()).startsWith("AROA").endsWith(":tests");

        assertThat(lambda(session(credentials)).listFunctions().functions()).isEmpty();
        IssuedCredentials.Issued issued = lambda.emulator().issuedCredentials().all().get(0);
        assertThat(issued.roleArn()).isEqualTo(ROLE);
        assertThat(issued.externalId()).isEqualTo("ext-1");
        assertThat(issued.signedRequests()).isEqualTo(1);
    }

    @Test
    void temporaryKeysItDidNotIssueOrWithAnotherSessionTokenAreRefused() {
        Credentials credentials = sts(base()).assumeRole(r -> r.roleArn(ROLE).roleSessionName("tests")).credentials();
        AwsSessionCredentials forged = AwsSessionCredentials.create("ASIAFORGEDFORGEDFORG", "secret", "token");
        AwsSessionCredentials otherToken = AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), "another-token");

        for (AwsCredentials refused : new AwsCredentials[] { forged, otherToken }) {
            assertThatThrownBy(() -> lambda(refused).listFunctions()).isInstanceOfSatisfying(LambdaException.class,
                    e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                    });
        }
    }

    @Test
    void getCallerIdentityNamesTheAssumedRoleOrTheAccount() {
        Credentials credentials = sts(base()).assumeRole(r -> r.roleArn(ROLE).roleSessionName("whoami"))
                .credentials();

        GetCallerIdentityResponse assumed = sts(StaticCredentialsProvider.create(session(credentials)))
                .getCallerIdentity();
        GetCallerIdentityResponse account = sts(base()).getCallerIdentity();

        assertThat(assumed.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/deployer/whoami");
        assertThat(assumed.account()).isEqualTo("123456789012");
        assertThat(account.arn()).isEqualTo("arn:aws:iam::" + lambda.emulator().accountId() + ":root");
    }

    @Test
    void assumeRoleWithWebIdentityIsTakenUnsignedAndReadsTheTokensSubject() {
        String claims = "{\"sub\":\"system:serviceaccount:orders:router\",\"aud\":[\"sts.amazonaws.com\"],"
                + "\"iss\":\"https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE\"}";
        String token = "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";

        AssumeRoleWithWebIdentityResponse assumed = sts(AnonymousCredentialsProvider.create())
                .assumeRoleWithWebIdentity(r -> r.roleArn(ROLE).roleSessionName("irsa").webIdentityToken(token));

        assertThat(assumed.subjectFromWebIdentityToken()).isEqualTo("system:serviceaccount:orders:router");
        assertThat(assumed.audience()).isEqualTo("sts.amazonaws.com");
        assertThat(lambda(session(assumed.credentials())).listFunctions().functions()).isEmpty();
    }

    @Test
    void assumeRoleUnsignedIsRefusedUnderStrictAuth() {
        assertThatThrownBy(() -> sts(AnonymousCredentialsProvider.create())
                .assumeRole(r -> r.roleArn(ROLE).roleSessionName("tests")))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThat(lambda.emulator().issuedCredentials().all()).isEmpty();
    }

    @Test
    void badParametersAreA400ValidationErrorNamingTheMember() {
        assertThatThrownBy(() -> sts(base()).assumeRole(r -> r.roleArn("deployer").roleSessionName("tests")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("roleArn");
                });
        assertThatThrownBy(() -> sts(base()).assumeRole(r -> r.roleArn(ROLE).roleSessionName("tests")
                .durationSeconds(60)))
                .isInstanceOfSatisfying(StsException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("durationSeconds"));
        assertThat(lambda.emulator().issuedCredentials().all()).isEmpty();
    }

    private static AwsCredentialsProvider base() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(BASE_KEY, BASE_SECRET));
    }

    private static AwsSessionCredentials session(Credentials credentials) {
        return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken());
    }

    private static StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(lambda.emulator().endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build();
    }

    private static LambdaClient lambda(AwsCredentials credentials) {
        return LambdaClient.builder().endpointOverride(lambda.emulator().endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).build();
    }
}
