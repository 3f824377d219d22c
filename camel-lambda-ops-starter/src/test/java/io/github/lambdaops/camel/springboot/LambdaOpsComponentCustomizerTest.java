package io.github.lambdaops.camel.springboot;

import io.github.lambdaops.camel.LambdaOpsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LambdaOpsComponentCustomizerTest {

    @Test
    void aPropertyTheComponentLacksFailsNamingThePropertyButNotItsValue() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            LambdaOpsComponent component = camel.getComponent("lambda-ops", LambdaOpsComponent.class);
            LambdaOpsComponentCustomizer customizer =
                    new LambdaOpsComponentCustomizer(null, new ConfigurationWithARetiredOption());

            assertThatThrownBy(() -> customizer.configure("lambda-ops", component))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("camel.component.lambda-ops.retired-token")
                    .hasMessageNotContaining("s3cr3t");
        }
    }

    /** A property the component has no option for, as when the two drift apart. */
    public static class ConfigurationWithARetiredOption extends LambdaOpsComponentConfiguration {
        private String retiredToken = "s3cr3t";

        public String getRetiredToken() {
            return retiredToken;
        }

        public void setRetiredToken(String retiredToken) {
            this.retiredToken = retiredToken;
        }
    }
}
