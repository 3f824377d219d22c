package io.github.lambdaops.camel;

import java.util.List;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTest extends EmulatorRouteTestSupport {

    @Test
    void paginationAllFetchesEveryPageAndTheBodyIsTheListOfAllItems() {
        for (String name : List.of("page-a", "page-b", "page-c")) {
            createFunction(name, ECHO);
        }
        long before = emulator.requestCount();

        Exchange listed = call("lambda-ops:?operation=listFunctions&pagination=all", null, headers(MAX_ITEMS, 2));

        assertThat(listed.getException()).isNull();
        List<?> items = listed.getMessage().getBody(List.class);
        assertThat(items).allMatch(FunctionConfiguration.class::isInstance);
        assertThat(items.stream().map(f -> ((FunctionConfiguration) f).functionName()))
                .containsExactly("page-a", "page-b", "page-c");
        assertThat(emulator.requestCount() - before).as("requests: two pages of at most 2").isEqualTo(2);
    }

    @Test
    void paginationHeaderAllOverridesTheDefaultPageForListVersionsByFunction() {
        createFunction("versions", ECHO);
        template.requestBody("lambda-ops:versions?operation=publishVersion", (Object) null);

        List<?> versions = template.requestBodyAndHeaders("lambda-ops:versions?operation=listVersionsByFunction",
                null, headers(PAGINATION, "all", MAX_ITEMS, 1), List.class);

        assertThat(versions.stream().map(v -> ((FunctionConfiguration) v).version()).collect(Collectors.toList()))
                .containsExactly("$LATEST", "1");
    }

    @Test
    void paginationPageReturnsOneResponseWithItsNextMarker() {
        for (String name : List.of("one-a", "one-b", "one-c")) {
            createFunction(name, ECHO);
        }

        ListFunctionsResponse page = template.requestBodyAndHeaders("lambda-ops:?operation=listFunctions",
                null, headers(PAGINATION, "page", MAX_ITEMS, 2), ListFunctionsResponse.class);

        assertThat(page.functions()).hasSize(2);
        assertThat(page.nextMarker()).isNotNull();
    }

    @Test
    void paginationAllOnAnOperationWithoutPagesFailsBeforeSendingNamingThePaginatedOnes() {
        long before = emulator.requestCount();

        Exchange exchange = call("lambda-ops:f?operation=getFunction", null, headers(PAGINATION, "all"));

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining(PAGINATION).hasMessageContaining("getFunction")
                .hasMessageContaining("listFunctions").hasMessageContaining("listAliases");
        assertThat(emulator.requestCount()).isEqualTo(before);
    }

    @Test
    void anUnknownPaginationValueFailsNamingTheValidOnes() {
        Exchange exchange = call("lambda-ops:?operation=listFunctions", null, headers(PAGINATION, "everything"));

        assertThat(exchange.getException()).isInstanceOf(LambdaOpsParameterException.class)
                .hasMessageContaining(PAGINATION).hasMessageContaining("[page, all]");
        assertThatThrownBy(() -> context.getEndpoint("lambda-ops:?operation=listFunctions&pagination=most"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasStackTraceContaining("URI option pagination expects one of [page, all], got 'most'");
    }
}
