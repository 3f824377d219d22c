package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zipOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagsAndAccountSettingsTest extends EmulatorSdkTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";

    @Test
    void tagResourceAddsToTheTagsOfCreateFunctionAndUntagResourceRemovesThem() {
        client.createFunction(scriptFunction("orders", "app.handler").tags(Map.of("team", "orders")).build());

        client.tagResource(r -> r.resource(ARN).tags(Map.of("stage", "prod", "cost", "42")));
        client.untagResource(r -> r.resource(ARN).tagKeys("cost"));

        assertThat(client.listTags(r -> r.resource(ARN)).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "orders", "stage", "prod"));
        assertThat(client.getFunction(r -> r.functionName("orders")).tags()).containsEntry("stage", "prod");
    }

    @Test
    void eventSourceMappingsAndCodeSigningConfigsCanBeTaggedToo() {
        client.createFunction(scriptFunction("orders", "app.handler").build());
        String mapping = client.createEventSourceMapping(r -> r.functionName("orders")
                .eventSourceArn("arn:aws:sqs:us-east-1:000000000000:q").tags(Map.of("kind", "queue")))
                .eventSourceMappingArn();
        String config = client.createCodeSigningConfig(r -> r.allowedPublishers(p -> p.signingProfileVersionArns(
                "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abc"))).codeSigningConfig()
                .codeSigningConfigArn();

        client.tagResource(r -> r.resource(config).tags(Map.of("kind", "signing")));

        assertThat(client.listTags(r -> r.resource(mapping)).tags()).containsExactly(Map.entry("kind", "queue"));
        assertThat(client.listTags(r -> r.resource(config)).tags()).containsExactly(Map.entry("kind", "signing"));
    }

    @Test
    void tagsOfAMissingFunctionOrOfAVersionFailLikeAws() {
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThatThrownBy(() -> client.listTags(r -> r.resource(ARN.replace("orders", "missing"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.tagResource(r -> r.resource(ARN + ":1").tags(Map.of("a", "b"))))
                .isInstanceOf(InvalidParameterValueException.class);
    }

    @Test
    void deletingAFunctionForgetsItsTags() {
        client.createFunction(scriptFunction("orders", "app.handler").tags(Map.of("team", "orders")).build());
        client.deleteFunction(r -> r.functionName("orders"));
        client.createFunction(scriptFunction("orders", "app.handler").build());

        assertThat(client.listTags(r -> r.resource(ARN)).tags()).isEmpty();
    }

    @Test
    void createFunctionWithMoreTagsThanAResourceMayHaveFailsAndCreatesNothing() {
        Map<String, String> tooMany = IntStream.rangeClosed(1, 51).boxed()
                .collect(Collectors.toMap(i -> "key" + i, i -> "value"));

        assertThatThrownBy(() -> client.createFunction(scriptFunction("orders", "app.handler").tags(tooMany).build()))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("tag limit");
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getAccountSettingsCountsTheFunctionsAndCodeStored() {
        var function = client.createFunction(scriptFunction("orders", "app.handler").publish(true).build());
        client.createFunction(scriptFunction("billing", "app.handler").build());
        var layer = client.publishLayerVersion(r -> r.layerName("shared").content(c -> c.zipFile(zipOf(Map.of("a", "b")))));

        GetAccountSettingsResponse settings = client.getAccountSettings(r -> { });

        assertThat(settings.accountUsage().functionCount()).isEqualTo(2);
        assertThat(settings.accountUsage().totalCodeSize())
                .isEqualTo(3 * function.codeSize() + layer.content().codeSize());
        assertThat(settings.accountLimit().concurrentExecutions()).isEqualTo(1000);
        assertThat(settings.accountLimit().unreservedConcurrentExecutions()).isEqualTo(1000);
        assertThat(settings.accountLimit().codeSizeZipped()).isEqualTo(50L * 1024 * 1024);
    }
}
