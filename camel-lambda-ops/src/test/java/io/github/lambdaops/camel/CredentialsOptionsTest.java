package io.github.lambdaops.camel;

import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A credentials configuration that cannot work fails the endpoint's start, naming the options, instead of the first
 * call failing with the SDK's message.
 */
class CredentialsOptionsTest extends CamelTestSupport {

    private static final String TOKEN_FILE_PROPERTY = "aws.webIdentityTokenFile";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("lambda-ops", LambdaOpsComponent.class).getConfiguration().setRegion("us-east-1");
        return context;
    }

    @AfterEach
    void clearTokenFile() {
        System.clearProperty(TOKEN_FILE_PROPERTY);
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                arguments("lambda-ops:f?accessKey=AKID&secretKey=SECRET&useProfileCredentialsProvider=true",
                        new String[] { "accessKey/secretKey and useProfileCredentialsProvider", "only one" }),
                arguments("lambda-ops:f?useDefaultCredentialsProvider=true&useProfileCredentialsProvider=true",
                        new String[] { "useDefaultCredentialsProvider and useProfileCredentialsProvider" }),
                arguments("lambda-ops:f?useProfileCredentialsProvider=true&profileCredentialsName=no-such-profile",
                        new String[] { "profileCredentialsName", "'no-such-profile'" }),
                arguments("lambda-ops:f?accessKey=AKID&secretKey=SECRET&assumeRoleArn=deployer",
                        new String[] { "URI option assumeRoleArn expects an IAM role ARN", "got 'deployer'" }),
                arguments("lambda-ops:f?accessKey=AKID&secretKey=SECRET&assumeRoleArn=arn:aws:iam::123456789012:"
                          + "role/deployer&assumeRoleSessionName=x",
                        new String[] { "assumeRoleSessionName", "2 to 64" }),
                arguments("lambda-ops:f?accessKey=AKID&secretKey=SECRET&assumeRoleExternalId=ext",
                        new String[] { "assumeRoleExternalId needs assumeRoleArn" }),
                arguments("lambda-ops:f?accessKey=AKID", new String[] { "accessKey and secretKey go together" }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void aBadCredentialsConfigurationFailsTheEndpointStartNamingTheOptions(String uri, String[] messageParts) {
        assertThatThrownBy(() -> context.getEndpoint(uri)).satisfies(
                e -> assertThat(rootMessage(e)).contains(messageParts).doesNotContain("SECRET"));
    }

    @Test
    void aWebIdentityTokenFileThatDoesNotExistFailsTheStartNamingIt() {
        System.setProperty(TOKEN_FILE_PROPERTY, "/var/run/secrets/eks.amazonaws.com/serviceaccount/missing-token");

        assertThatThrownBy(() -> context.getEndpoint("lambda-ops:f?useDefaultCredentialsProvider=true"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("useDefaultCredentialsProvider",
                        "AWS_WEB_IDENTITY_TOKEN_FILE", "missing-token", "does not exist"));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
