package io.github.lambdaops.camel;

import java.util.List;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.tracing.LambdaOpsSpanDecorator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Camel tracing the routes, each lambda-ops call is a span named for the API action, carrying the function, the
 * version that ran and the function's error, exported here to the OpenTelemetry SDK's in-memory exporter. Run once
 * per Camel tracing API: camel-telemetry's (camel-opentelemetry2) and camel-tracing's (camel-opentelemetry).
 */
abstract class TracingTest extends EmulatorRouteTestSupport {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        trace(context, tracerProvider.get("lambda-ops-test"));
        return context;
    }

    /** Makes Camel trace the context's routes with this OpenTelemetry tracer. */
    abstract void trace(CamelContext context, Tracer tracer);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:echo").to("lambda-ops:echo");
                from("direct:failing").to("lambda-ops:failing?functionErrorAsException=false");
            }
        };
    }

    @AfterEach
    void closeTracer() {
        tracerProvider.close();
    }

    @Test
    void aCallIsASpanNamedForTheActionWithTheFunctionAndTheVersionThatRan() {
        createFunction("echo", ECHO);
        spans.reset();

        template.requestBody("direct:echo", "{}", String.class);

        SpanData call = lambdaSpan("Lambda.Invoke");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("faas.invoked_name"))).isEqualTo("echo");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.method"))).isEqualTo("Invoke");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("faas.invoked_region"))).isEqualTo("us-east-1");
        assertThat(call.getAttributes().get(AttributeKey.stringKey(LambdaOpsSpanDecorator.EXECUTED_VERSION)))
                .isEqualTo("$LATEST");
        assertThat(call.getAttributes().get(AttributeKey.stringKey(LambdaOpsSpanDecorator.FUNCTION_ERROR))).isNull();
        assertThat(call.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
    }

    @Test
    void aFunctionThatFailedMakesAnErrorSpanWithTheFunctionError() {
        createFunction("failing", FAIL);
        spans.reset();

        template.requestBody("direct:failing", "{\"secret\":\"payload\"}", String.class);

        SpanData call = lambdaSpan("Lambda.Invoke");
        assertThat(call.getAttributes().get(AttributeKey.stringKey(LambdaOpsSpanDecorator.FUNCTION_ERROR)))
                .isEqualTo("Unhandled");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().asMap().values()).noneMatch(value -> value.toString().contains("payload"));
    }

    @Test
    void theOperationHeaderNamesTheSpan() {
        template.requestBodyAndHeader("direct:echo", null, LambdaOpsConstants.OPERATION, "listFunctions");

        assertThat(lambdaSpan("Lambda.ListFunctions").getAttributes()
                .get(AttributeKey.stringKey("rpc.method"))).isEqualTo("ListFunctions");
    }

    private SpanData lambdaSpan(String name) {
        List<SpanData> exported = spans.getFinishedSpanItems();
        return exported.stream().filter(span -> span.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + name + " in " + exported.stream()
                        .map(SpanData::getName).collect(Collectors.toList())));
    }
}
