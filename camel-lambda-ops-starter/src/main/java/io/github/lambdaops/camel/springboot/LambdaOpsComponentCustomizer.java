package io.github.lambdaops.camel.springboot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.lambdaops.camel.LambdaOpsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.StringHelper;
import org.springframework.context.ApplicationContext;

/**
 * Sets every property of {@link LambdaOpsComponentConfiguration} that has a value on the lambda-ops component, through
 * the component's generated configurer. A property the component does not know fails the start, named without its
 * value (it may be a secret), rather than being dropped. Off with
 * {@code camel.component.lambda-ops.customizer.enabled=false}.
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
        ServiceHelper.initService(target); // its configurer is ready once the component is initialised
        List<String> unknown = new ArrayList<>();
        options.forEach((option, value) -> {
            boolean bound = PropertyBindingSupport.build().withConfigurer(target.getComponentPropertyConfigurer())
                    .withIgnoreCase(true).bind(camel, target, option, value);
            if (!bound) {
                unknown.add(LambdaOpsComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option));
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The lambda-ops component has no option for " + unknown
                    + ": expected one of its options (see the camel.component.lambda-ops.* metadata)");
        }
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof LambdaOpsComponent
                && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        LambdaOpsComponentConfiguration.PREFIX + ".customizer");
    }
}
