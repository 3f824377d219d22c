package io.github.lambdaops.camel;

import io.opentelemetry.api.trace.Tracer;
import org.apache.camel.CamelContext;
import org.apache.camel.opentelemetry.OpenTelemetryTracer;

/** The spans of lambda-ops calls as camel-opentelemetry (camel-tracing) exports them. */
class TracingWithOpenTelemetryTest extends TracingTest {

    @Override
    void trace(CamelContext context, Tracer tracer) {
        OpenTelemetryTracer tracing = new OpenTelemetryTracer();
        tracing.setTracer(tracer);
        tracing.init(context);
    }
}
