package io.github.lambdaops.camel.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.lambda-ops.*} properties to the lambda-ops component, as camel-spring-boot's
 * starters do: off with {@code camel.component.lambda-ops.enabled=false} (or {@code camel.component.enabled=false}).
 * A {@code LambdaClient} or {@code LambdaAsyncClient} bean needs no property: the component autowires it.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", LambdaOpsComponentConfiguration.PREFIX })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, LambdaOpsComponentConfiguration.class })
public class LambdaOpsComponentAutoConfiguration {

    /** Binds {@code #bean:name} values of the client and configuration properties to beans. */
    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter lambdaOpsBeanReferenceConverter(BeanFactory beans) {
        return new BeanReferenceConverter(beans);
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureLambdaOpsComponent(ApplicationContext applicationContext,
                                                           LambdaOpsComponentConfiguration configuration) {
        return new LambdaOpsComponentCustomizer(applicationContext, configuration);
    }
}
