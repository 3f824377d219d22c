package io.github.lambdaops.camel.springboot;

import java.util.List;
import java.util.function.Function;

import io.github.lambdaops.camel.LambdaOpsComponent;
import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.LambdaOpsOperations;
import io.github.lambdaops.camel.options.InvocationType;
import io.github.lambdaops.camel.options.LogType;
import io.github.lambdaops.camel.options.Pagination;
import io.github.lambdaops.camel.options.RetryMode;
import io.github.lambdaops.camel.options.Transport;
import io.github.lambdaops.camel.options.WaitUntil;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.Protocol;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

import static org.assertj.core.api.Assertions.assertThat;

class LambdaOpsComponentAutoConfigurationTest {

    private static final String P = "camel.component.lambda-ops.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    LambdaOpsComponentAutoConfiguration.class));

    /** One row per property: the value set in application.properties and what the component then holds. */
    private static final List<Effect> EFFECTS = List.of(
            effect("operation=listFunctions", LambdaOpsConfiguration::getOperation, LambdaOpsOperations.listFunctions),
            effect("region=eu-west-1", LambdaOpsConfiguration::getRegion, "eu-west-1"),
            effect("override-endpoint=true", LambdaOpsConfiguration::isOverrideEndpoint, true),
            effect("uri-endpoint-override=http://127.0.0.1:4566", LambdaOpsConfiguration::getUriEndpointOverride,
                    "http://127.0.0.1:4566"),
            effect("qualifier=live", LambdaOpsConfiguration::getQualifier, "live"),
            effect("invocation-type=Event", LambdaOpsConfiguration::getInvocationType, InvocationType.Event),
            effect("log-type=Tail", LambdaOpsConfiguration::getLogType, LogType.Tail),
            effect("pagination=all", LambdaOpsConfiguration::getPagination, Pagination.all),
            effect("wait-until=functionActiveV2", LambdaOpsConfiguration::getWaitUntil, WaitUntil.functionActiveV2),
            effect("function-error-as-exception=false", LambdaOpsConfiguration::isFunctionErrorAsException, false),
            effect("pojo-request=true", LambdaOpsConfiguration::isPojoRequest, true),
            effect("access-key=AKIDEXAMPLE", LambdaOpsConfiguration::getAccessKey, "AKIDEXAMPLE"),
            effect("secret-key=wJalrXUtnFEMI", LambdaOpsConfiguration::getSecretKey, "wJalrXUtnFEMI"),
            effect("session-token=FwoGZXIvYXdz", LambdaOpsConfiguration::getSessionToken, "FwoGZXIvYXdz"),
            effect("use-session-credentials=true", LambdaOpsConfiguration::isUseSessionCredentials, true),
            effect("use-default-credentials-provider=true", LambdaOpsConfiguration::isUseDefaultCredentialsProvider,
                    true),
            effect("use-profile-credentials-provider=true", LambdaOpsConfiguration::isUseProfileCredentialsProvider,
                    true),
            effect("profile-credentials-name=dev", LambdaOpsConfiguration::getProfileCredentialsName, "dev"),
            effect("trust-all-certificates=true", LambdaOpsConfiguration::isTrustAllCertificates, true),
            effect("proxy-host=proxy.internal", LambdaOpsConfiguration::getProxyHost, "proxy.internal"),
            effect("proxy-port=3128", LambdaOpsConfiguration::getProxyPort, 3128),
            effect("proxy-protocol=http", LambdaOpsConfiguration::getProxyProtocol, Protocol.HTTP),
            effect("api-call-timeout=90s", LambdaOpsConfiguration::getApiCallTimeout, 90_000L),
            effect("api-call-attempt-timeout=1500ms", LambdaOpsConfiguration::getApiCallAttemptTimeout, 1_500L),
            effect("retry-mode=adaptive", LambdaOpsConfiguration::getRetryMode, RetryMode.adaptive),
            effect("max-attempts=5", LambdaOpsConfiguration::getMaxAttempts, 5),
            effect("max-connections=20", LambdaOpsConfiguration::getMaxConnections, 20),
            effect("transport=sync", LambdaOpsConfiguration::getTransport, Transport.sync));

    @Test
    void eachPropertySetsTheComponentOptionOfItsName() {
        runner.withPropertyValues(EFFECTS.stream().map(effect -> P + effect.property).toArray(String[]::new))
                .withPropertyValues(P + "lazy-start-producer=true", P + "autowired-enabled=false")
                .run(context -> {
                    LambdaOpsComponent component = component(context);
                    SoftAssertions softly = new SoftAssertions();
                    for (Effect effect : EFFECTS) {
                        softly.assertThat(effect.option.apply(component.getConfiguration()))
                                .as(effect.property).isEqualTo(effect.expected);
                    }
                    softly.assertThat(component.isLazyStartProducer()).as("lazy-start-producer").isTrue();
                    softly.assertThat(component.isAutowiredEnabled()).as("autowired-enabled").isFalse();
                    softly.assertAll();
                });
    }

    @Test
    void withoutPropertiesTheComponentKeepsItsDefaults() {
        runner.run(context -> {
            LambdaOpsConfiguration configuration = component(context).getConfiguration();
            assertThat(configuration.getOperation()).isEqualTo(LambdaOpsOperations.invoke);
            assertThat(configuration.isFunctionErrorAsException()).isTrue();
            assertThat(configuration.getRegion()).isNull();
            assertThat(configuration.getProxyProtocol()).isEqualTo(Protocol.HTTPS);
            assertThat(configuration.getApiCallTimeout()).isZero();
        });
    }

    @Test
    void enabledFalseTurnsTheAutoConfigurationOff() {
        runner.withPropertyValues(P + "enabled=false", P + "region=eu-west-1").run(context -> {
            assertThat(context).doesNotHaveBean(LambdaOpsComponentConfiguration.class);
            assertThat(context.getBeansOfType(ComponentCustomizer.class).values())
                    .noneMatch(LambdaOpsComponentCustomizer.class::isInstance);
            assertThat(component(context).getConfiguration().getRegion()).isNull();
        });
    }

    @Test
    void camelComponentEnabledFalseTurnsItOffToo() {
        runner.withPropertyValues("camel.component.enabled=false", P + "region=eu-west-1")
                .run(context -> assertThat(context).doesNotHaveBean(LambdaOpsComponentConfiguration.class));
    }

    @Test
    void customizerEnabledFalseBindsThePropertiesButLeavesTheComponentAlone() {
        runner.withPropertyValues(P + "customizer.enabled=false", P + "region=eu-west-1").run(context -> {
            assertThat(context.getBean(LambdaOpsComponentConfiguration.class).getRegion()).isEqualTo("eu-west-1");
            assertThat(component(context).getConfiguration().getRegion()).isNull();
        });
    }

    @Test
    void anUnknownOperationFailsTheStartNamingThePropertyAndTheValue() {
        runner.withPropertyValues(P + "operation=frobnicate").run(context -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("Failed to bind properties under '" + P + "operation'")
                .hasStackTraceContaining("frobnicate"));
    }

    @Test
    void aLambdaClientBeanIsAutowiredIntoTheComponent() {
        try (LambdaClient client = StarterTestSupport.client()) {
            runner.withBean(LambdaClient.class, () -> client).run(context ->
                    assertThat(component(context).getConfiguration().getAwsLambdaClient()).isSameAs(client));
        }
    }

    @Test
    void aLambdaAsyncClientBeanIsAutowiredIntoTheComponent() {
        try (LambdaAsyncClient client = StarterTestSupport.asyncClient()) {
            runner.withBean(LambdaAsyncClient.class, () -> client).run(context ->
                    assertThat(component(context).getConfiguration().getAwsLambdaAsyncClient()).isSameAs(client));
        }
    }

    @Test
    void aBeanReferenceChoosesAmongSeveralClients() {
        try (LambdaClient blue = StarterTestSupport.client(); LambdaClient green = StarterTestSupport.client()) {
            runner.withBean("blue", LambdaClient.class, () -> blue)
                    .withBean("green", LambdaClient.class, () -> green)
                    .withPropertyValues(P + "aws-lambda-client=#bean:green")
                    .run(context -> assertThat(component(context).getConfiguration().getAwsLambdaClient())
                            .isSameAs(green));
        }
    }

    @Test
    void aPlainStringWhereABeanIsExpectedFailsNamingWhatWasExpected() {
        runner.withPropertyValues(P + "aws-lambda-client=green").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("#bean:name"));
    }

    private static LambdaOpsComponent component(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("lambda-ops", LambdaOpsComponent.class);
    }

    private static Effect effect(String property, Function<LambdaOpsConfiguration, Object> option, Object expected) {
        return new Effect(property, option, expected);
    }

    private record Effect(String property, Function<LambdaOpsConfiguration, Object> option, Object expected) {
    }
}
