package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.TracingMode;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.ROLE;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.scriptFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreateFunctionTest extends EmulatorSdkTest {

    @Test
    void createFunctionAnswersItsConfigurationWithLambdasDefaults() throws Exception {
        CreateFunctionRequest request = scriptFunction("orders", "app.handler").build();

        CreateFunctionResponse created = client.createFunction(request);

        byte[] zip = request.code().zipFile().asByteArray();
        assertThat(created.functionName()).isEqualTo("orders");
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:orders");
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.runtimeAsString()).isEqualTo("python3.12");
        assertThat(created.handler()).isEqualTo("app.handler");
        assertThat(created.role()).isEqualTo(ROLE);
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.description()).isEmpty();
        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.codeSha256())
                .isEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)));
        assertThat(created.lastModified()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(created.revisionId()).matches("[0-9a-f-]{36}");
        assertThat(created.stateAsString()).isEqualTo("Pending");
        assertThat(created.stateReasonCodeAsString()).isEqualTo("Creating");
        assertThat(created.lastUpdateStatus()).isNull();
        assertThat(client.getFunctionConfiguration(r -> r.functionName("orders")).stateAsString()).isEqualTo("Active");
        assertThat(created.packageType()).isEqualTo(PackageType.ZIP);
        assertThat(created.tracingConfig().mode()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(created.architectures()).containsExactly(Architecture.X86_64);
        assertThat(created.ephemeralStorage().size()).isEqualTo(512);
        assertThat(created.loggingConfig().logGroup()).isEqualTo("/aws/lambda/orders");
    }

    @Test
    void createFunctionKeepsEverySettingItIsGiven() {
        String layer = "arn:aws:lambda:us-east-1:111122223333:layer:shared:3";
        client.createFunction(scriptFunction("configured", "app.handler")
                .description("takes orders")
                .timeout(30)
                .memorySize(1024)
                .environment(e -> e.variables(Map.of("STAGE", "prod")))
                .vpcConfig(v -> v.subnetIds("subnet-1", "subnet-2").securityGroupIds("sg-1"))
                .deadLetterConfig(d -> d.targetArn("arn:aws:sqs:us-east-1:000000000000:dlq"))
                .kmsKeyArn("arn:aws:kms:us-east-1:000000000000:key/k1")
                .tracingConfig(t -> t.mode(TracingMode.ACTIVE))
                .layers(layer)
                .architectures(Architecture.ARM64)
                .ephemeralStorage(s -> s.size(1024))
                .tags(Map.of("team", "orders"))
                .build());

        GetFunctionResponse function = client.getFunction(r -> r.functionName("configured"));

        var configuration = function.configuration();
        assertThat(configuration.description()).isEqualTo("takes orders");
        assertThat(configuration.timeout()).isEqualTo(30);
        assertThat(configuration.memorySize()).isEqualTo(1024);
        assertThat(configuration.environment().variables()).containsExactly(Map.entry("STAGE", "prod"));
        assertThat(configuration.vpcConfig().subnetIds()).containsExactly("subnet-1", "subnet-2");
        assertThat(configuration.vpcConfig().securityGroupIds()).containsExactly("sg-1");
        assertThat(configuration.vpcConfig().vpcId()).startsWith("vpc-");
        assertThat(configuration.deadLetterConfig().targetArn()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:dlq");
        assertThat(configuration.kmsKeyArn()).isEqualTo("arn:aws:kms:us-east-1:000000000000:key/k1");
        assertThat(configuration.tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(configuration.layers()).singleElement().satisfies(l -> assertThat(l.arn()).isEqualTo(layer));
        assertThat(configuration.architectures()).containsExactly(Architecture.ARM64);
        assertThat(configuration.ephemeralStorage().size()).isEqualTo(1024);
        assertThat(function.tags()).containsExactly(Map.entry("team", "orders"));
    }

    @Test
    void createFunctionFromS3KeepsTheLocationWithoutFetchingTheCode() {
        CreateFunctionResponse created = client.createFunction(scriptFunction("from-s3", "app.handler")
                .code(FunctionCode.builder().s3Bucket("deployments").s3Key("app.zip").build()).build());

        assertThat(created.codeSize()).isZero();
        assertThat(created.codeSha256()).isNotBlank();
    }

    @Test
    void createFunctionOfAnImageNeedsNoRuntimeNorHandler() {
        CreateFunctionResponse created = client.createFunction(r -> r.functionName("container").role(ROLE)
                .packageType(PackageType.IMAGE)
                .code(c -> c.imageUri("000000000000.dkr.ecr.us-east-1.amazonaws.com/app:1")));

        assertThat(created.packageType()).isEqualTo(PackageType.IMAGE);
        assertThat(client.getFunction(r -> r.functionName("container")).code().imageUri())
                .isEqualTo("000000000000.dkr.ecr.us-east-1.amazonaws.com/app:1");
    }

    @Test
    void createFunctionWithPublishAlsoPublishesVersionOne() {
        CreateFunctionResponse created = client.createFunction(scriptFunction("published", "app.handler")
                .publish(true).build());

        // AWS answers the unqualified ARN with Version 1
        assertThat(created.version()).isEqualTo("1");
        assertThat(created.functionArn()).endsWith(":function:published");
        assertThat(client.getFunctionConfiguration(r -> r.functionName("published").qualifier("1")).version())
                .isEqualTo("1");
    }

    @Test
    void createFunctionWithAnExistingNameFailsWithResourceConflict() {
        client.createFunction(scriptFunction("twice", "app.handler").build());

        assertThatThrownBy(() -> client.createFunction(scriptFunction("twice", "app.handler").build()))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining("Function already exist: twice");
    }

    @Test
    void createFunctionAcceptsAnArnAsTheName() {
        CreateFunctionResponse created = client.createFunction(scriptFunction(
                "arn:aws:lambda:us-east-1:000000000000:function:by-arn", "app.handler").build());

        assertThat(created.functionName()).isEqualTo("by-arn");
    }

    private static final String VALIDATION = "ValidationException";
    private static final String INVALID = "InvalidParameterValueException";

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                invalid("a name with spaces", VALIDATION, r -> r.functionName("bad name!"), "functionName"),
                invalid("a name over 64 characters", INVALID, r -> r.functionName("f".repeat(65)), "functionName"),
                invalid("a role that is no IAM role ARN", VALIDATION, r -> r.role("admin"), "role"),
                invalid("an unknown runtime", INVALID, r -> r.runtime("cobol85"), "Member must satisfy enum value set"),
                invalid("a deprecated runtime", INVALID, r -> r.runtime("python2.7"), "no longer supported"),
                invalid("no handler", INVALID, r -> r.handler(null), "Handler are mandatory"),
                invalid("no runtime", INVALID, r -> r.runtime((String) null), "Runtime and Handler are mandatory"),
                invalid("a memory size under 128", VALIDATION, r -> r.memorySize(64), "greater than or equal to 128"),
                invalid("a memory size over 10240", VALIDATION, r -> r.memorySize(10241),
                        "less than or equal to 10240"),
                invalid("a timeout of 0", VALIDATION, r -> r.timeout(0), "greater than or equal to 1"),
                invalid("a timeout over 900", VALIDATION, r -> r.timeout(901), "less than or equal to 900"),
                invalid("no code", INVALID, r -> r.code(FunctionCode.builder().build()), "source for function code"),
                invalid("an S3 bucket without key", INVALID, r -> r.code(c -> c.s3Bucket("b")),
                        "source for function code"),
                invalid("a zip that is no zip", INVALID,
                        r -> r.code(c -> c.zipFile(SdkBytes.fromUtf8String("not a zip"))),
                        "Could not unzip"),
                invalid("a reserved environment variable", INVALID,
                        r -> r.environment(e -> e.variables(Map.of("AWS_REGION", "x"))), "reserved keys"),
                invalid("an invalid layer ARN", VALIDATION, r -> r.layers("layer-1"), "layers"),
                invalid("two architectures", VALIDATION, r -> r.architecturesWithStrings(List.of("x86_64", "arm64")),
                        "architectures"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void createFunctionRejectsInvalidRequestsAsAws(String description, String errorCode,
            UnaryOperator<CreateFunctionRequest.Builder> change, String message) {
        CreateFunctionRequest request = change.apply(scriptFunction("invalid", "app.handler")).build();

        assertThatThrownBy(() -> client.createFunction(request))
                .isInstanceOfSatisfying(LambdaException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode))
                .hasMessageContaining(message);
        assertThat(client.listFunctions().functions()).isEmpty();
    }

    @Test
    void createFunctionReportsEveryBrokenConstraintAtOnce() {
        CreateFunctionRequest request = scriptFunction("invalid", "app.handler").memorySize(64).timeout(0)
                .role("admin").build();

        assertThatThrownBy(() -> client.createFunction(request))
                .isInstanceOfSatisfying(LambdaException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).startsWith("3 validation errors detected: ")
                                .contains("Value 'admin' at 'role' failed to satisfy constraint",
                                        "; Value '64' at 'memorySize' failed to satisfy constraint: Member must have"
                                                + " value greater than or equal to 128",
                                        "; Value '0' at 'timeout' failed to satisfy constraint: Member must have value"
                                                + " greater than or equal to 1"));
        assertThat(client.listFunctions().functions()).isEmpty();
    }

    private static Arguments invalid(String description, String errorCode,
                                     UnaryOperator<CreateFunctionRequest.Builder> change, String message) {
        return Arguments.of(description, errorCode, change, message);
    }

    @Test
    void createFunctionRejectsABodyThatIsNotJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(lambda.emulator().endpoint().resolve("/2015-03-31/functions"))
                        .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("InvalidRequestContentException");
    }
}
