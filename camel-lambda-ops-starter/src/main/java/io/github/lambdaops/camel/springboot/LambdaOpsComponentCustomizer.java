package io.github.lambdaops.camel.springboot;

import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.context.ApplicationContext;

/**
 * Sets every property of {@link LambdaOpsComponentConfiguration} that has a value on the lambda-ops component, through
 * the component's generated configurer. A property the component does not know fails the start rather than being
 * dropped. Off with {@code camel.component.lambda-ops.customizer.enabled=false}.
 */
class LambdaOpsComponentCustomizer implements ComponentCustomizer {

    private final ApplicationContext applicationContext;
    private final LambdaOpsComponentConfiguration configuration;

    LambdaOpsComponentCustomizer(ApplicationContext applicationContext, LambdaOpsComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Override
    public void configure(String name, Component target) {
        CamelContext camel = target.getCamelContext();
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camel, configuration);
        // the switches of the auto-configuration itself, not options of the component
        options.remove("enabled");
        options.remove("customizer");
        CamelPropertiesHelper.setCamelProperties(camel, target, options, true);
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof LambdaOpsComponent
                && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        LambdaOpsComponentConfiguration.PREFIX + ".customizer");
    }
}
