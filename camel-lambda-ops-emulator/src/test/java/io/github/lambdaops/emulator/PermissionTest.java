package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermissionTest extends EmulatorSdkTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void createFunction() {
        client.createFunction(scriptFunction("orders", "app.handler").build());
    }

    @Test
    void addPermissionAnswersTheStatementAsIamWritesIt() throws Exception {
        AddPermissionResponse response = client.addPermission(r -> r.functionName("orders").statementId("s3-invoke")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com")
                .sourceArn("arn:aws:s3:::uploads").sourceAccount("123456789012"));

        JsonNode statement = JSON.readTree(response.statement());
        assertThat(statement.get("Sid").asText()).isEqualTo("s3-invoke");
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.get("Principal").get("Service").asText()).isEqualTo("s3.amazonaws.com");
        assertThat(statement.get("Action").asText()).isEqualTo("lambda:InvokeFunction");
        assertThat(statement.get("Resource").asText()).isEqualTo(ARN);
        assertThat(statement.at("/Condition/ArnLike/AWS:SourceArn").asText()).isEqualTo("arn:aws:s3:::uploads");
        assertThat(statement.at("/Condition/StringEquals/AWS:SourceAccount").asText()).isEqualTo("123456789012");
    }

    @Test
    void addPermissionForAnAccountNamesItsRootAsPrincipal() throws Exception {
        AddPermissionResponse response = client.addPermission(r -> r.functionName("orders").statementId("cross-account")
                .action("lambda:InvokeFunction").principal("123456789012"));

        assertThat(JSON.readTree(response.statement()).at("/Principal/AWS").asText())
                .isEqualTo("arn:aws:iam::123456789012:root");
    }

    @Test
    void getPolicyAnswersEveryStatementAdded() throws Exception {
        addInvokePermission("first");
        addInvokePermission("second");

        GetPolicyResponse response = client.getPolicy(r -> r.functionName("orders"));

        JsonNode policy = JSON.readTree(response.policy());
        assertThat(policy.get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.get("Id").asText()).isEqualTo("default");
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText()).containsExactly("first", "second");
        assertThat(response.revisionId())
                .isEqualTo(client.getFunctionConfiguration(r -> r.functionName("orders")).revisionId());
    }

    @Test
    void removePermissionTakesTheStatementOutOfThePolicy() throws Exception {
        addInvokePermission("first");
        addInvokePermission("second");

        client.removePermission(r -> r.functionName("orders").statementId("first"));

        JsonNode policy = JSON.readTree(client.getPolicy(r -> r.functionName("orders")).policy());
        assertThat(policy.get("Statement")).extracting(s -> s.get("Sid").asText()).containsExactly("second");
    }

    @Test
    void getPolicyOfAFunctionWithoutPolicyFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.getPolicy(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addPermissionWithADuplicateStatementIdFailsWithResourceConflict() {
        addInvokePermission("only-once");

        assertThatThrownBy(() -> addInvokePermission("only-once"))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void addPermissionWithAStaleRevisionIdFailsWithPreconditionFailed() {
        String revision = client.getFunctionConfiguration(r -> r.functionName("orders")).revisionId();
        addInvokePermission("changes-the-revision");

        assertThatThrownBy(() -> client.addPermission(r -> r.functionName("orders").statementId("late")
                .action("lambda:InvokeFunction").principal("sns.amazonaws.com").revisionId(revision)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void removePermissionOfAnUnknownStatementFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.removePermission(r -> r.functionName("orders").statementId("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aVersionHasAPolicyOfItsOwn() throws Exception {
        client.publishVersion(r -> r.functionName("orders"));
        client.addPermission(r -> r.functionName("orders").qualifier("1").statementId("v1")
                .action("lambda:InvokeFunction").principal("sns.amazonaws.com"));

        JsonNode policy = JSON.readTree(client.getPolicy(r -> r.functionName("orders").qualifier("1")).policy());
        assertThat(policy.at("/Statement/0/Resource").asText()).isEqualTo(ARN + ":1");
        assertThatThrownBy(() -> client.getPolicy(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private void addInvokePermission(String statementId) {
        client.addPermission(r -> r.functionName("orders").statementId(statementId)
                .action("lambda:InvokeFunction").principal("events.amazonaws.com"));
    }
}
