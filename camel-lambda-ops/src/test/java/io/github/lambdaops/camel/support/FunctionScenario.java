package io.github.lambdaops.camel.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.functions.GreetingHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core flow of the component against any Lambda API: create a Java function, invoke it, read its configuration,
 * list, grant and revoke a permission, delete. Run against the emulator and, where Docker exists, LocalStack.
 */
public abstract class FunctionScenario extends CamelTestSupport {

    protected abstract String endpoint();

    protected abstract String region();

    protected abstract String accessKey();

    protected abstract String secretKey();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        LambdaOpsConfiguration configuration = context.getComponent("lambda-ops", LambdaOpsComponent.class)
                .getConfiguration();
        configuration.setRegion(region());
        configuration.setAccessKey(accessKey());
        configuration.setSecretKey(secretKey());
        configuration.setOverrideEndpoint(true);
        configuration.setUriEndpointOverride(endpoint());
        return context;
    }

    @Test
    void createInvokeInspectListGrantRevokeAndDeleteAFunction() throws Exception {
        template.requestBodyAndHeaders("lambda-ops:scenario?operation=createFunction",
                TestZips.ofClasses(GreetingHandler.class), Map.of(
                        ROLE, "arn:aws:iam::000000000000:role/lambda-role",
                        RUNTIME, "java21",
                        HANDLER, GreetingHandler.class.getName() + "::handleRequest",
                        TIMEOUT, "30",
                        ENVIRONMENT_VARIABLES, "STAGE=scenario"));
        awaitActive("scenario");

        String reply = template.requestBody("lambda-ops:scenario", "{\"name\":\"scenario\"}", String.class);
        assertThat(reply).isEqualTo("\"Hello, scenario!\"");

        GetFunctionConfigurationResponse config = template.requestBody(
                "lambda-ops:scenario?operation=getFunctionConfiguration", null, GetFunctionConfigurationResponse.class);
        assertThat(config.environment().variables()).containsEntry("STAGE", "scenario");

        ListFunctionsResponse list = template.requestBody("lambda-ops:?operation=listFunctions", null,
                ListFunctionsResponse.class);
        assertThat(list.functions()).anyMatch(f -> f.functionName().equals("scenario"));

        AddPermissionResponse added = template.requestBodyAndHeaders("lambda-ops:scenario?operation=addPermission",
                null, Map.of(STATEMENT_ID, "sns", ACTION, "lambda:InvokeFunction", PRINCIPAL, "sns.amazonaws.com"),
                AddPermissionResponse.class);
        assertThat(added.statement()).contains("sns.amazonaws.com");
        assertThat(template.requestBody("lambda-ops:scenario?operation=getPolicy", null, GetPolicyResponse.class)
                .policy()).contains("\"sns\"");
        template.requestBodyAndHeader("lambda-ops:scenario?operation=removePermission", null, STATEMENT_ID, "sns");

        template.requestBody("lambda-ops:scenario?operation=deleteFunction", (Object) null);
        assertThatThrownBy(() -> template.requestBody("lambda-ops:scenario?operation=getFunction", (Object) null))
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    private void awaitActive(String name) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            GetFunctionConfigurationResponse config = template.requestBody(
                    "lambda-ops:" + name + "?operation=getFunctionConfiguration", null,
                    GetFunctionConfigurationResponse.class);
            if (config.state() == null || config.state() == State.ACTIVE) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not become Active");
    }
}
