package io.github.lambdaops.camel;

import java.util.ArrayList;
import java.util.List;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.DeleteFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

class FunctionLifecycleTest extends EmulatorRouteTestSupport {

    @Test
    void getFunctionReturnsConfigurationAndCodeLocation() {
        createFunction("inspected", ECHO);

        GetFunctionResponse function = template.requestBody("lambda-ops:inspected?operation=getFunction", null,
                GetFunctionResponse.class);

        assertThat(function.configuration().functionName()).isEqualTo("inspected");
        assertThat(function.configuration().functionArn())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:inspected");
        assertThat(function.code().location()).isNotBlank();
    }

    @Test
    void getFunctionAcceptsAnArnInTheHeader() {
        createFunction("by-arn", ECHO);

        GetFunctionResponse function = template.requestBodyAndHeader("lambda-ops:?operation=getFunction", null,
                FUNCTION_NAME, "arn:aws:lambda:us-east-1:000000000000:function:by-arn", GetFunctionResponse.class);

        assertThat(function.configuration().functionName()).isEqualTo("by-arn");
    }

    @Test
    void listFunctionsPagesWithMarkerAndMaxItems() {
        for (String name : List.of("fn-a", "fn-b", "fn-c")) {
            createFunction(name, ECHO);
        }

        List<String> names = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            ListFunctionsResponse page = template.requestBodyAndHeaders("lambda-ops:?operation=listFunctions", null,
                    headers(MAX_ITEMS, "2", MARKER, marker), ListFunctionsResponse.class);
            page.functions().stream().map(FunctionConfiguration::functionName).forEach(names::add);
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(names).containsExactly("fn-a", "fn-b", "fn-c");
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void deleteFunctionRemovesItSoGetFunctionRaisesNotFound() {
        createFunction("doomed", ECHO);

        Exchange deleted = call("lambda-ops:doomed?operation=deleteFunction", null, headers());
        Exchange after = call("lambda-ops:doomed?operation=getFunction", null, headers());

        assertThat(deleted.getMessage().getBody()).isInstanceOf(DeleteFunctionResponse.class);
        assertThat(after.getException()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteFunctionWithQualifierDeletesOnlyThatVersion() {
        createFunction("versioned", ECHO);
        template.requestBody("lambda-ops:versioned?operation=publishVersion", (Object) null);

        call("lambda-ops:versioned?operation=deleteFunction", null, headers(QUALIFIER, "1"));

        assertThat(call("lambda-ops:versioned?operation=getFunction", null, headers()).getException()).isNull();
        assertThat(call("lambda-ops:versioned?operation=getFunction", null, headers(QUALIFIER, "1")).getException())
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
