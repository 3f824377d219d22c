package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.CreateAliasResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateAliasResponse;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AliasesTest extends EmulatorSdkTest {

    @BeforeAll
    static void registerHandlers() {
        lambda.emulator().registerHandler("version.handler", (event, context) ->
                ("\"" + context.getFunctionVersion() + "\"").getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void twoVersions() {
        client.createFunction(scriptFunction("orders", "version.handler").publish(true).build());
        client.updateFunctionConfiguration(r -> r.functionName("orders").description("second"));
        client.publishVersion(r -> r.functionName("orders"));
    }

    @Test
    void createAliasAnswersItsArnAndGetAliasReadsItBack() {
        CreateAliasResponse created = client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1")
                .description("production"));

        assertThat(created.aliasArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:orders:live");
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(client.getAlias(r -> r.functionName("orders").name("live")))
                .satisfies(alias -> {
                    assertThat(alias.functionVersion()).isEqualTo("1");
                    assertThat(alias.description()).isEqualTo("production");
                    assertThat(alias.revisionId()).isEqualTo(created.revisionId());
                });
    }

    @Test
    void invokeThroughAnAliasRunsItsVersionAndReportsIt() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"));

        var response = client.invoke(r -> r.functionName("orders").qualifier("live"));

        assertThat(response.executedVersion()).isEqualTo("1");
        assertThat(response.payload().asUtf8String()).isEqualTo("\"1\"");
    }

    @Test
    void aliasWithWeightsRoutesInvokesToBothVersions() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.5))));

        Set<String> executed = new HashSet<>();
        for (int i = 0; i < 60 && executed.size() < 2; i++) {
            executed.add(client.invoke(r -> r.functionName("orders:live")).executedVersion());
        }

        assertThat(executed).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void updateAliasShiftsAllTrafficToTheNewVersion() {
        String revision = client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.1)))).revisionId();

        UpdateAliasResponse shifted = client.updateAlias(r -> r.functionName("orders").name("live")
                .functionVersion("2").revisionId(revision).routingConfig(c -> c.additionalVersionWeights(Map.of())));

        assertThat(shifted.functionVersion()).isEqualTo("2");
        assertThat(shifted.revisionId()).isNotEqualTo(revision);
        for (int i = 0; i < 10; i++) {
            assertThat(client.invoke(r -> r.functionName("orders").qualifier("live")).executedVersion()).isEqualTo("2");
        }
    }

    @Test
    void updateAliasWithAStaleRevisionIdFailsWithPreconditionFailed() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"));

        assertThatThrownBy(() -> client.updateAlias(r -> r.functionName("orders").name("live").functionVersion("2")
                .revisionId("stale")))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void createAliasTwiceFailsWithResourceConflict() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"));

        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("orders").name("live").functionVersion("2")))
                .isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void createAliasOfAMissingVersionFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("orders").name("live").functionVersion("9")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aliasWeightsAbove1FailValidationAndOnLatestWithInvalidParameterValue() {
        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 1.5)))))
                .isInstanceOfSatisfying(LambdaException.class, validationError());
        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("orders").name("live")
                .functionVersion("$LATEST").routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.5)))))
                .isInstanceOf(InvalidParameterValueException.class);
    }

    @Test
    void anAliasNameMadeOfDigitsFailsValidation() {
        assertThatThrownBy(() -> client.createAlias(r -> r.functionName("orders").name("12").functionVersion("1")))
                .isInstanceOfSatisfying(LambdaException.class, validationError())
                .hasMessageContaining("name");
    }

    @Test
    void listAliasesFiltersByFunctionVersionAndPages() {
        client.createAlias(r -> r.functionName("orders").name("blue").functionVersion("1"));
        client.createAlias(r -> r.functionName("orders").name("green").functionVersion("2"));
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("2"));

        assertThat(client.listAliases(r -> r.functionName("orders").functionVersion("2")).aliases())
                .extracting(AliasConfiguration::name).containsExactly("green", "live");
        assertThat(client.listAliasesPaginator(r -> r.functionName("orders").maxItems(2)).aliases())
                .extracting(AliasConfiguration::name).containsExactly("blue", "green", "live");
    }

    @Test
    void deleteAliasForgetsItAndAVersionAnAliasUsesCannotBeDeleted() {
        client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"));

        assertThatThrownBy(() -> client.deleteFunction(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(ResourceConflictException.class);
        client.deleteAlias(r -> r.functionName("orders").name("live"));

        assertThatThrownBy(() -> client.getAlias(r -> r.functionName("orders").name("live")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.invoke(r -> r.functionName("orders").qualifier("live")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addPermissionOnAnAliasMakesThePolicyOfTheAliasNotOfItsVersion() {
        String revision = client.createAlias(r -> r.functionName("orders").name("live").functionVersion("1"))
                .revisionId();

        client.addPermission(r -> r.functionName("orders").qualifier("live").statementId("s3")
                .action("lambda:InvokeFunction").principal("s3.amazonaws.com").revisionId(revision));

        assertThat(client.getPolicy(r -> r.functionName("orders").qualifier("live")).policy())
                .contains("\"Resource\":\"arn:aws:lambda:us-east-1:000000000000:function:orders:live\"");
        assertThat(client.getAlias(r -> r.functionName("orders").name("live")).revisionId()).isNotEqualTo(revision);
        assertThatThrownBy(() -> client.getPolicy(r -> r.functionName("orders").qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
