package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.validationError;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.zipOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LayersTest extends EmulatorSdkTest {
    private static final String LAYER_ARN = "arn:aws:lambda:us-east-1:000000000000:layer:shared";

    @Test
    void publishLayerVersionNumbersVersionsAndKeepsTheZipAtItsLocation() throws Exception {
        SdkBytes zip = zipOf(Map.of("python/shared.py", "GREETING = 'hi'"));

        PublishLayerVersionResponse first = publish("shared", zip, Runtime.PYTHON3_12);
        PublishLayerVersionResponse second = publish("shared", zip, Runtime.NODEJS20_X);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.layerVersionArn()).isEqualTo(LAYER_ARN + ":2");
        assertThat(first.content().codeSize()).isEqualTo(zip.asByteArray().length);
        assertThat(first.sdkHttpResponse().statusCode()).isEqualTo(201);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(first.content().location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(zip.asByteArray());
    }

    @Test
    void getLayerVersionAndGetLayerVersionByArnAnswerTheSameVersion() {
        publish("shared", zipOf(Map.of("a.txt", "a")), Runtime.PYTHON3_12);

        var byName = client.getLayerVersion(r -> r.layerName("shared").versionNumber(1L));
        var byArn = client.getLayerVersionByArn(r -> r.arn(LAYER_ARN + ":1"));

        assertThat(byName.layerVersionArn()).isEqualTo(byArn.layerVersionArn()).isEqualTo(LAYER_ARN + ":1");
        assertThat(byArn.compatibleRuntimes()).containsExactly(Runtime.PYTHON3_12);
        assertThat(byArn.content().codeSha256()).isEqualTo(byName.content().codeSha256());
    }

    @Test
    void listLayerVersionsIsNewestFirstAndFiltersByRuntime() {
        publish("shared", zipOf(Map.of("a.txt", "1")), Runtime.PYTHON3_12);
        publish("shared", zipOf(Map.of("a.txt", "2")), Runtime.NODEJS20_X);
        publish("shared", zipOf(Map.of("a.txt", "3")), Runtime.PYTHON3_12);

        assertThat(client.listLayerVersionsPaginator(r -> r.layerName("shared").maxItems(2)).layerVersions())
                .extracting(LayerVersionsListItem::version).containsExactly(3L, 2L, 1L);
        assertThat(client.listLayerVersions(r -> r.layerName("shared").compatibleRuntime(Runtime.NODEJS20_X))
                .layerVersions()).extracting(LayerVersionsListItem::version).containsExactly(2L);
    }

    @Test
    void listLayersAnswersTheLatestMatchingVersionOfEachLayer() {
        publish("alpha", zipOf(Map.of("a.txt", "1")), Runtime.PYTHON3_12);
        publish("beta", zipOf(Map.of("b.txt", "1")), Runtime.PYTHON3_12);
        publish("beta", zipOf(Map.of("b.txt", "2")), Runtime.NODEJS20_X);

        assertThat(client.listLayers(r -> { }).layers())
                .extracting(LayersListItem::layerName, layer -> layer.latestMatchingVersion().version())
                .containsExactly(tuple("alpha", 1L),
                        tuple("beta", 2L));
        assertThat(client.listLayers(r -> r.compatibleRuntime(Runtime.PYTHON3_12)).layers())
                .extracting(layer -> layer.latestMatchingVersion().version()).containsExactly(1L, 1L);
    }

    @Test
    void aFunctionUsingAStoredLayerReportsTheLayersSize() {
        long size = publish("shared", zipOf(Map.of("a.txt", "1")), Runtime.PYTHON3_12).content().codeSize();

        var created = client.createFunction(scriptFunction("orders", "app.handler").layers(LAYER_ARN + ":1").build());

        assertThat(created.layers()).singleElement().satisfies(layer -> assertThat(layer.codeSize()).isEqualTo(size));
    }

    @Test
    void deleteLayerVersionForgetsItButNeverReusesItsNumber() {
        publish("shared", zipOf(Map.of("a.txt", "1")), Runtime.PYTHON3_12);

        client.deleteLayerVersion(r -> r.layerName("shared").versionNumber(1L));

        assertThatThrownBy(() -> client.getLayerVersion(r -> r.layerName("shared").versionNumber(1L)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(publish("shared", zipOf(Map.of("a.txt", "2")), Runtime.PYTHON3_12).version()).isEqualTo(2);
    }

    @Test
    void layerVersionPermissionsMakeAPolicyAndRemovingThemEmptiesIt() throws Exception {
        publish("shared", zipOf(Map.of("a.txt", "1")), Runtime.PYTHON3_12);

        var added = client.addLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L)
                .statementId("everyone").action("lambda:GetLayerVersion").principal("*"));
        var policy = client.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(1L));

        assertThat(added.statement()).contains("\"Sid\":\"everyone\"");
        assertThat(new ObjectMapper().readTree(policy.policy())
                .at("/Statement/0/Resource").asText()).isEqualTo(LAYER_ARN + ":1");
        assertThat(policy.revisionId()).isEqualTo(added.revisionId());
        client.removeLayerVersionPermission(r -> r.layerName("shared").versionNumber(1L).statementId("everyone"));
        assertThatThrownBy(() -> client.getLayerVersionPolicy(r -> r.layerName("shared").versionNumber(1L)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void publishLayerVersionRejectsAnUnknownRuntimeAndMissingContent() {
        assertThatThrownBy(() -> client.publishLayerVersion(r -> r.layerName("shared")
                .content(c -> c.zipFile(zipOf(Map.of("a", "b")))).compatibleRuntimesWithStrings("cobol")))
                .isInstanceOfSatisfying(LambdaException.class, validationError()).hasMessageContaining("compatibleRuntimes");
        assertThatThrownBy(() -> client.publishLayerVersion(r -> r.layerName("shared").content(c -> c.s3Bucket("b"))))
                .isInstanceOf(InvalidParameterValueException.class);
    }

    private static PublishLayerVersionResponse publish(String name, SdkBytes zip, Runtime runtime) {
        return client.publishLayerVersion(r -> r.layerName(name).content(c -> c.zipFile(zip))
                .compatibleRuntimes(runtime));
    }
}
