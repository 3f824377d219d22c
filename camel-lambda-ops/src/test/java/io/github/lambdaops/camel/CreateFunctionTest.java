package io.github.lambdaops.camel;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.TracingMode;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

class CreateFunctionTest extends EmulatorRouteTestSupport {

    @Test
    void createFunctionSendsEverySeedPropertyGivenAsStrings() {
        Exchange created = call("lambda-ops:seeded?operation=createFunction", null, headers(
                ZIP_FILE, Base64.getEncoder().encodeToString(TestZips.placeholder()),
                ROLE, ROLE_ARN,
                RUNTIME, "java17",
                HANDLER, ECHO,
                DESCRIPTION, "seeded from strings",
                MEMORY_SIZE, "256",
                TIMEOUT, "30",
                PUBLISH, "true",
                ENVIRONMENT_VARIABLES, "STAGE=test,COLOR=blue",
                TAGS, "team=ops,cost=1",
                LAYERS, "arn:aws:lambda:us-east-1:111122223333:layer:a:1, arn:aws:lambda:us-east-1:111122223333:layer:b:2",
                KMS_KEY_ARN, "arn:aws:kms:us-east-1:000000000000:key/abc",
                MODE, "Active",
                TARGET_ARN, "arn:aws:sqs:us-east-1:000000000000:dlq",
                SUBNET_IDS, "subnet-1,subnet-2",
                SECURITY_GROUP_IDS, "sg-1"));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getBody()).isInstanceOf(CreateFunctionResponse.class);
        GetFunctionConfigurationResponse config = getConfiguration("seeded");
        assertThat(config.description()).isEqualTo("seeded from strings");
        assertThat(config.memorySize()).isEqualTo(256);
        assertThat(config.timeout()).isEqualTo(30);
        assertThat(config.runtime()).isEqualTo(Runtime.JAVA17);
        assertThat(config.handler()).isEqualTo(ECHO);
        assertThat(config.role()).isEqualTo(ROLE_ARN);
        assertThat(config.environment().variables()).containsExactlyInAnyOrderEntriesOf(
                Map.of("STAGE", "test", "COLOR", "blue"));
        assertThat(config.layers()).extracting(layer -> layer.arn()).containsExactly(
                "arn:aws:lambda:us-east-1:111122223333:layer:a:1", "arn:aws:lambda:us-east-1:111122223333:layer:b:2");
        assertThat(config.kmsKeyArn()).isEqualTo("arn:aws:kms:us-east-1:000000000000:key/abc");
        assertThat(config.tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(config.deadLetterConfig().targetArn()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:dlq");
        assertThat(config.vpcConfig().subnetIds()).containsExactly("subnet-1", "subnet-2");
        assertThat(config.vpcConfig().securityGroupIds()).containsExactly("sg-1");

        GetFunctionResponse function = template.requestBody("lambda-ops:seeded?operation=getFunction", null,
                GetFunctionResponse.class);
        assertThat(function.tags()).containsEntry("team", "ops").containsEntry("cost", "1");
        GetFunctionConfigurationResponse version1 = template.requestBodyAndHeader(
                "lambda-ops:seeded?operation=getFunctionConfiguration", null, QUALIFIER, "1",
                GetFunctionConfigurationResponse.class);
        assertThat(version1.version()).isEqualTo("1");
    }

    @Test
    void createFunctionTakesTypedHeaderValues() {
        Exchange created = call("lambda-ops:typed?operation=createFunction", null, headers(
                ZIP_FILE, ByteBuffer.wrap(TestZips.placeholder()),
                ROLE, ROLE_ARN,
                RUNTIME, Runtime.JAVA21,
                HANDLER, ECHO,
                MEMORY_SIZE, 512,
                PUBLISH, Boolean.FALSE,
                ENVIRONMENT_VARIABLES, Map.of("AB", "1"),
                SUBNET_IDS, List.of("subnet-9")));

        assertThat(created.getException()).isNull();
        GetFunctionConfigurationResponse config = getConfiguration("typed");
        assertThat(config.memorySize()).isEqualTo(512);
        assertThat(config.runtime()).isEqualTo(Runtime.JAVA21);
        assertThat(config.environment().variables()).containsEntry("AB", "1");
        assertThat(config.vpcConfig().subnetIds()).containsExactly("subnet-9");
    }

    @Test
    void createFunctionTakesZipFromBodyWhenNoCodeHeaderIsSet() throws Exception {
        byte[] zip = TestZips.placeholder();

        CreateFunctionResponse created = template.requestBodyAndHeaders("lambda-ops:from-body?operation=createFunction",
                zip, headers(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO),
                CreateFunctionResponse.class);

        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.codeSha256()).isEqualTo(
                Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)));
    }

    @Test
    void createFunctionPrefersS3LocationOverBody() {
        CreateFunctionResponse created = template.requestBodyAndHeaders("lambda-ops:from-s3?operation=createFunction",
                "this body is not the code", headers(ROLE, ROLE_ARN, RUNTIME, "java21",
                        HANDLER, ECHO, S3_BUCKET, "deployments", S3_KEY, "fn.zip", S3_OBJECT_VERSION, "v1"),
                CreateFunctionResponse.class);

        assertThat(created.functionName()).isEqualTo("from-s3");
        assertThat(created.codeSize()).isZero();
    }

    @Test
    void createFunctionTwiceRaisesTheSdkConflictException() {
        createFunction("twice", ECHO);

        Exchange second = call("lambda-ops:twice?operation=createFunction", TestZips.placeholder(),
                headers(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO));

        assertThat(second.getException()).isInstanceOf(ResourceConflictException.class);
    }

    private GetFunctionConfigurationResponse getConfiguration(String name) {
        return template.requestBody("lambda-ops:" + name + "?operation=getFunctionConfiguration", null,
                GetFunctionConfigurationResponse.class);
    }
}
