package io.github.lambdaops.camel;

import io.opentelemetry.api.trace.Tracer;
import org.apache.camel.CamelContext;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;

/** The spans of lambda-ops calls as camel-opentelemetry2 (camel-telemetry) exports them. */
class TracingWithOpenTelemetry2Test extends TracingTest {

    @Override
    void trace(CamelContext context, Tracer tracer) {
        context.getRegistry().bind("tracer", tracer); // camel-opentelemetry2 takes the registry's tracer
        new OpenTelemetryTracer().init(context);
    }
}
