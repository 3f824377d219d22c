package io.github.lambdaops.camel;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import io.github.lambdaops.camel.client.Waiters;
import io.github.lambdaops.camel.options.WaitUntil;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action of the SDK we build with is an operation, so an SDK upgrade that adds one fails here until it has its
 * enum entry (and, through HeaderCatalogTest, its documented headers).
 */
class OperationCoverageTest {

    @Test
    void everyRequestTakingMethodOfTheAsyncClientIsAnOperationWithThatRequestType() {
        Map<String, Class<?>> actions = sdkActions();
        Map<String, Class<?>> operations = new TreeMap<>();
        for (LambdaOpsOperations operation : LambdaOpsOperations.values()) {
            operations.put(operation.name(), operation.requestType());
        }

        assertThat(operations).isEqualTo(actions);
        assertThat(actions).hasSize(87);
    }

    @Test
    void waitUntilOptionListsEveryWaiterOfTheSdk() {
        assertThat(Arrays.stream(WaitUntil.values()).map(Enum::name)).containsExactlyElementsOf(Waiters.names());
        assertThat(Waiters.names()).contains("functionActive", "functionActiveV2", "functionExists",
                "functionUpdated", "functionUpdatedV2", "publishedVersionActive");
    }

    @Test
    void operationsDocumentHasARowForEveryOperation() throws Exception {
        String document = Files.readString(Path.of("OPERATIONS.md"));

        for (LambdaOpsOperations operation : LambdaOpsOperations.values()) {
            assertThat(document).as("row of %s", operation).contains("| `" + operation.name() + "` |");
        }
    }

    /** Action name -> request type: methods whose first parameter is a request, paginator variants aside. */
    private static Map<String, Class<?>> sdkActions() {
        Map<String, Class<?>> actions = new TreeMap<>();
        for (Method method : LambdaAsyncClient.class.getMethods()) {
            if (method.getParameterCount() >= 1 && LambdaRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                    && !method.getName().endsWith("Paginator")) {
                actions.put(method.getName(), method.getParameterTypes()[0]);
            }
        }
        return actions;
    }
}
