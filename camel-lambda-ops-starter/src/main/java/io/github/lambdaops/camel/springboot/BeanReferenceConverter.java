package io.github.lambdaops.camel.springboot;

import java.util.Set;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Turns a property value {@code #bean:name} (or {@code #name}) into the bean of that name, for the properties whose
 * type is a client or a whole configuration. Any other String is left to Spring's other converters.
 */
class BeanReferenceConverter implements GenericConverter {

    private static final Set<ConvertiblePair> TYPES = Set.of(
            new ConvertiblePair(String.class, LambdaClient.class),
            new ConvertiblePair(String.class, LambdaAsyncClient.class),
            new ConvertiblePair(String.class, LambdaOpsConfiguration.class));

    private final BeanFactory beans;

    BeanReferenceConverter(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return TYPES;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String value = source == null ? "" : source.toString();
        if (!value.startsWith("#")) {
            throw new IllegalArgumentException("Expected a bean reference #bean:name for a "
                    + targetType.getType().getSimpleName() + ", got " + value);
        }
        String name = value.startsWith("#bean:") ? value.substring("#bean:".length()) : value.substring(1);
        return beans.getBean(name, targetType.getType());
    }
}
