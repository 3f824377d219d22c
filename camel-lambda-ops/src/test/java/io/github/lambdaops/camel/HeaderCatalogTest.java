package io.github.lambdaops.camel;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.lambdaops.camel.binding.RequestBinder;
import org.apache.camel.spi.Metadata;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented headers (LambdaOpsConstants, and so the generated catalog) are exactly the ones the binder reads,
 * each labelled with the operations that read it.
 */
class HeaderCatalogTest {

    private static final Set<String> NOT_REQUEST_MEMBERS = Set.of(LambdaOpsConstants.OPERATION,
            LambdaOpsConstants.PAGINATION, LambdaOpsConstants.WAIT_UNTIL, LambdaOpsConstants.STATUS_CODE,
            LambdaOpsConstants.FUNCTION_ERROR, LambdaOpsConstants.EXECUTED_VERSION, LambdaOpsConstants.LOG_RESULT,
            LambdaOpsConstants.ERROR_DETAILS);

    private final RequestBinder binder = new RequestBinder();

    @Test
    void everyHeaderAnOperationReadsIsDocumentedWithThatOperationInItsLabel() throws Exception {
        Map<String, Set<String>> documented = documentedLabels();
        for (LambdaOpsOperations operation : LambdaOpsOperations.values()) {
            for (String header : binder.headers(operation)) {
                assertThat(documented).as("constant for %s", header).containsKey(header);
                assertThat(documented.get(header)).as("label of %s", header).contains(operation.name());
            }
        }
    }

    @Test
    void everyDocumentedHeaderIsReadByTheOperationsItsLabelNames() throws Exception {
        documentedLabels().forEach((header, operations) -> {
            if (NOT_REQUEST_MEMBERS.contains(header)) {
                return;
            }
            for (String operation : operations) {
                assertThat(binder.headers(LambdaOpsOperations.valueOf(operation)))
                        .as("headers of %s", operation).contains(header);
            }
        });
    }

    @Test
    void paginationHeaderIsLabelledWithExactlyThePaginatedOperations() throws Exception {
        Set<String> paginated = new TreeSet<>();
        for (LambdaOpsOperations operation : LambdaOpsOperations.values()) {
            if (operation.isPaginated()) {
                paginated.add(operation.name());
            }
        }
        assertThat(new TreeSet<>(documentedLabels().get(LambdaOpsConstants.PAGINATION))).isEqualTo(paginated);
    }

    @Test
    void generatedCatalogListsEveryOperationAndHeader() throws Exception {
        JsonObject catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/lambdaops/camel/lambda-ops.json")) {
            catalog = (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), "UTF-8"));
        }
        JsonObject operationOption = (JsonObject) ((JsonObject) catalog.get("properties")).get("operation");
        assertThat(new TreeSet<>((List<?>) operationOption.get("enum"))).isEqualTo(
                new TreeSet<>(LambdaOpsOperations.names()));
        assertThat(((JsonObject) catalog.get("headers")).keySet()).isEqualTo(documentedLabels().keySet());
    }

    private static Map<String, Set<String>> documentedLabels() throws IllegalAccessException {
        Map<String, Set<String>> labels = new HashMap<>();
        for (Field field : LambdaOpsConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Metadata.class)) {
                String label = field.getAnnotation(Metadata.class).label();
                labels.put((String) field.get(null), new HashSet<>(Arrays.asList(label.split(","))));
            }
        }
        return labels;
    }
}
