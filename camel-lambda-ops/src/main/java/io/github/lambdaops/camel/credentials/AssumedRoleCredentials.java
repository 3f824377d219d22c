package io.github.lambdaops.camel.credentials;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Temporary credentials of an assumed role, renewed by the SDK's {@link StsAssumeRoleCredentialsProvider} before they
 * expire. Closing it closes the STS client too, which the SDK's provider leaves open; the Lambda client closes it.
 */
final class AssumedRoleCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private final StsClient sts;
    private final StsAssumeRoleCredentialsProvider provider;

    AssumedRoleCredentials(StsClient sts, String roleArn, String sessionName, String externalId) {
        this.sts = sts;
        this.provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(request -> request.roleArn(roleArn).roleSessionName(sessionName)
                        .externalId(externalId))
                .build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return provider.resolveCredentials();
    }

    @Override
    public void close() {
        provider.close();
        sts.close();
    }

    @Override
    public String toString() {
        return "AssumedRoleCredentials(" + provider + ")";
    }
}
