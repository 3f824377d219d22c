package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionVersion;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.client;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunctionQueriesTest extends EmulatorSdkTest {

    @Test
    void getFunctionAnswersConfigurationCodeLocationAndTags() throws Exception {
        CreateFunctionRequest request = scriptFunction("orders", "app.handler").tags(Map.of("team", "orders")).build();
        client.createFunction(request);

        GetFunctionResponse function = client.getFunction(r -> r.functionName("orders"));

        assertThat(function.configuration().functionName()).isEqualTo("orders");
        assertThat(function.code().repositoryType()).isEqualTo("S3");
        assertThat(function.tags()).containsEntry("team", "orders");
        byte[] downloaded = URI.create(function.code().location()).toURL().openStream().readAllBytes();
        assertThat(downloaded).isEqualTo(request.code().zipFile().asByteArray());
    }

    @Test
    void getFunctionConfigurationFindsTheFunctionByAnyFormOfItsName() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        for (String name : List.of("orders", "orders:$LATEST", "000000000000:function:orders",
                "arn:aws:lambda:us-east-1:000000000000:function:orders")) {
            assertThat(client.getFunctionConfiguration(r -> r.functionName(name)).functionName())
                    .as(name).isEqualTo("orders");
        }
    }

    @Test
    void getFunctionOfAnUnknownFunctionFailsWithResourceNotFound() {
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("missing")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing")
                .satisfies(e -> assertThat(((ResourceNotFoundException) e).statusCode()).isEqualTo(404));
    }

    @Test
    void getFunctionConfigurationOfAnUnknownVersionFailsWithResourceNotFound() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.getFunctionConfiguration(r -> r.functionName("orders").qualifier("3")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("function:orders:3");
    }

    @Test
    void aQualifierInTheNameMustAgreeWithTheQualifierParameter() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());

        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("orders:1").qualifier("$LATEST")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void listFunctionsAnswersEveryFunctionSortedByName() {
        List.of("charlie", "alpha", "bravo").forEach(name -> client.createFunction(scriptFunction(name, "app.handler").build()));

        ListFunctionsResponse response = client.listFunctions();

        assertThat(response.functions()).extracting(FunctionConfiguration::functionName)
                .containsExactly("alpha", "bravo", "charlie");
        assertThat(response.nextMarker()).isNull();
    }

    @Test
    void listFunctionsPagesWithMarkerAndMaxItems() {
        IntStream.range(0, 7).forEach(i -> client.createFunction(scriptFunction("fn-" + i, "app.handler").build()));

        ListFunctionsResponse first = client.listFunctions(r -> r.maxItems(3));
        ListFunctionsResponse second = client.listFunctions(r -> r.maxItems(3).marker(first.nextMarker()));

        assertThat(first.functions()).extracting(FunctionConfiguration::functionName).containsExactly("fn-0", "fn-1", "fn-2");
        assertThat(second.functions()).extracting(FunctionConfiguration::functionName).containsExactly("fn-3", "fn-4", "fn-5");
        assertThat(client.listFunctionsPaginator(r -> r.maxItems(2)).functions())
                .extracting(FunctionConfiguration::functionName).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void listFunctionsWithFunctionVersionAllAlsoAnswersPublishedVersions() {
        client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());

        assertThat(client.listFunctions(r -> r.functionVersion(FunctionVersion.ALL)).functions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1");
        assertThat(client.listFunctions().functions()).extracting(FunctionConfiguration::version)
                .containsExactly("$LATEST");
    }

    @Test
    void listFunctionsRejectsMaxItemsOutOfRange() {
        assertThatThrownBy(() -> client.listFunctions(r -> r.maxItems(10_001)))
                .isInstanceOfSatisfying(LambdaException.class, validationError());
    }

    @Test
    void listFunctionsShowsOnlyTheFunctionsOfTheRequestsRegion() {
        client.createFunction(scriptFunction("east", "app.handler").build());
        try (LambdaClient west = client(lambda.emulator(), Region.EU_WEST_1)) {
            String arn = west.createFunction(scriptFunction("west", "app.handler").build()).functionArn();

            assertThat(arn).isEqualTo("arn:aws:lambda:eu-west-1:000000000000:function:west");
            assertThat(west.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                    .containsExactly("west");
        }
        assertThat(client.listFunctions().functions()).extracting(FunctionConfiguration::functionName)
                .containsExactly("east");
    }
}
