package io.github.lambdaops.camel;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.RemovePermissionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

class PermissionTest extends EmulatorRouteTestSupport {

    @Test
    void addPermissionThenGetPolicyShowsTheStatementAndRemovePermissionTakesItAway() {
        createFunction("guarded", ECHO);

        Exchange added = call("lambda-ops:guarded?operation=addPermission", null, headers(
                STATEMENT_ID, "s3-invoke",
                ACTION, "lambda:InvokeFunction",
                PRINCIPAL, "s3.amazonaws.com",
                SOURCE_ARN, "arn:aws:s3:::my-bucket",
                SOURCE_ACCOUNT, "123456789012"));

        assertThat(added.getException()).isNull();
        assertThat(added.getMessage().getBody(AddPermissionResponse.class).statement())
                .contains("\"Sid\":\"s3-invoke\"").contains("s3.amazonaws.com").contains("arn:aws:s3:::my-bucket");
        GetPolicyResponse policy = template.requestBody("lambda-ops:guarded?operation=getPolicy", null,
                GetPolicyResponse.class);
        assertThat(policy.policy()).contains("s3-invoke").contains("lambda:InvokeFunction");

        Exchange removed = call("lambda-ops:guarded?operation=removePermission", null,
                headers(STATEMENT_ID, "s3-invoke"));

        assertThat(removed.getMessage().getBody()).isInstanceOf(RemovePermissionResponse.class);
        Exchange after = call("lambda-ops:guarded?operation=getPolicy", null, headers());
        assertThat(after.getException()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addPermissionForAnAccountWithOrganizationAndUrlAuthType() {
        createFunction("shared", ECHO);

        Exchange added = call("lambda-ops:shared?operation=addPermission", null, headers(
                STATEMENT_ID, "org-url",
                ACTION, "lambda:InvokeFunctionUrl",
                PRINCIPAL, "123456789012",
                PRINCIPAL_ORG_ID, "o-abc123",
                FUNCTION_URL_AUTH_TYPE, "AWS_IAM"));

        assertThat(added.getException()).isNull();
        assertThat(added.getMessage().getBody(AddPermissionResponse.class).statement())
                .contains("arn:aws:iam::123456789012:root").contains("o-abc123").contains("AWS_IAM");
    }

    @Test
    void duplicateStatementIdRaisesConflict() {
        createFunction("guarded", ECHO);
        var permission = headers(STATEMENT_ID, "same", ACTION, "lambda:InvokeFunction", PRINCIPAL, "sns.amazonaws.com");
        call("lambda-ops:guarded?operation=addPermission", null, permission);

        Exchange second = call("lambda-ops:guarded?operation=addPermission", null, permission);

        assertThat(second.getException()).isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void staleRevisionIdRaisesPreconditionFailed() {
        createFunction("guarded", ECHO);

        Exchange exchange = call("lambda-ops:guarded?operation=addPermission", null, headers(
                STATEMENT_ID, "rev", ACTION, "lambda:InvokeFunction", PRINCIPAL, "sns.amazonaws.com",
                REVISION_ID, "00000000-0000-0000-0000-000000000000"));

        assertThat(exchange.getException()).isInstanceOf(PreconditionFailedException.class);
    }
}
