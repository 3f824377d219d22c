package io.github.lambdaops.camel;

import org.apache.camel.spi.Metadata;

/**
 * Header names. Every request member of every operation is a header {@code CamelLambdaOps} + the member name (see
 * {@code HeaderNames}); the label of each lists the operations that read it. A header wins over the endpoint's path
 * or URI option for the same property.
 */
public final class LambdaOpsConstants {

    @Metadata(label = "all", javaType = "String",
              description = "The operation to perform (e.g. createFunction); overrides the operation option.")
    public static final String OPERATION = "CamelLambdaOpsOperation";

    // Output headers of invoke

    @Metadata(label = "invoke", javaType = "Integer",
              description = "Output: the HTTP status of the invoke: 200 for RequestResponse, 202 for Event, 204 for DryRun.")
    public static final String STATUS_CODE = "CamelLambdaOpsStatusCode";

    @Metadata(label = "invoke", javaType = "String",
              description = "Output: set when the function failed, e.g. Unhandled; the body is then the function's error document.")
    public static final String FUNCTION_ERROR = "CamelLambdaOpsFunctionError";

    @Metadata(label = "invoke", javaType = "String",
              description = "Output: the version of the function that ran, e.g. $LATEST or 3 when invoked through an alias.")
    public static final String EXECUTED_VERSION = "CamelLambdaOpsExecutedVersion";

    @Metadata(label = "invoke", javaType = "String",
              description = "Output: with LogType Tail, the last 4 KB of the execution log, decoded to UTF-8 text.")
    public static final String LOG_RESULT = "CamelLambdaOpsLogResult";

    // Request members, in alphabetical order

    @Metadata(label = "addPermission", javaType = "String",
              description = "The action the permission allows, e.g. lambda:InvokeFunction or lambda:GetFunction.")
    public static final String ACTION = "CamelLambdaOpsAction";

    @Metadata(label = "createFunction", javaType = "java.util.List<String>",
              description = "Instruction set of the function: x86_64 (default) or arm64; a List or comma-separated String.")
    public static final String ARCHITECTURES = "CamelLambdaOpsArchitectures";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.CapacityProviderConfig",
              description = "Capacity provider of a function on Lambda Managed Instances.")
    public static final String CAPACITY_PROVIDER_CONFIG = "CamelLambdaOpsCapacityProviderConfig";

    @Metadata(label = "invoke", javaType = "String",
              description = "Up to 3,583 bytes of base64-encoded data about the invoking client, passed to the function in the context object.")
    public static final String CLIENT_CONTEXT = "CamelLambdaOpsClientContext";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.FunctionCode",
              description = "The whole deployment package; the headers ZipFile, S3Bucket, S3Key, S3ObjectVersion and ImageUri fill parts of it, and without any of them the message body is the zip.")
    public static final String CODE = "CamelLambdaOpsCode";

    @Metadata(label = "publishVersion", javaType = "String",
              description = "Only publish if the code's SHA-256 (base64) is this one, so a version is never published from code changed meanwhile.")
    public static final String CODE_SHA256 = "CamelLambdaOpsCodeSha256";

    @Metadata(label = "createFunction", javaType = "String",
              description = "ARN of a code-signing configuration to enforce on the function.")
    public static final String CODE_SIGNING_CONFIG_ARN = "CamelLambdaOpsCodeSigningConfigArn";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.DeadLetterConfig",
              description = "The whole dead-letter configuration; TargetArn sets its target alone.")
    public static final String DEAD_LETTER_CONFIG = "CamelLambdaOpsDeadLetterConfig";

    @Metadata(label = "createFunction,publishVersion", javaType = "String",
              description = "A description of the function.")
    public static final String DESCRIPTION = "CamelLambdaOpsDescription";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.DurableConfig",
              description = "Settings of durable executions of the function.")
    public static final String DURABLE_CONFIG = "CamelLambdaOpsDurableConfig";

    @Metadata(label = "invoke", javaType = "String",
              description = "Name of the durable execution an invoke starts or joins.")
    public static final String DURABLE_EXECUTION_NAME = "CamelLambdaOpsDurableExecutionName";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.Environment",
              description = "The whole environment; EnvironmentVariables sets its variables alone.")
    public static final String ENVIRONMENT = "CamelLambdaOpsEnvironment";

    @Metadata(label = "createFunction", javaType = "java.util.Map<String,String>",
              description = "Environment variables of the function; a Map or a String K=V,K2=V2. Maps to Environment.Variables.")
    public static final String ENVIRONMENT_VARIABLES = "CamelLambdaOpsEnvironmentVariables";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.EphemeralStorage",
              description = "Size of the function's /tmp in MB (512 to 10240).")
    public static final String EPHEMERAL_STORAGE = "CamelLambdaOpsEphemeralStorage";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For an Alexa Smart Home function, a token the invoker must supply.")
    public static final String EVENT_SOURCE_TOKEN = "CamelLambdaOpsEventSourceToken";

    @Metadata(label = "createFunction", javaType = "java.util.List<software.amazon.awssdk.services.lambda.model.FileSystemConfig>",
              description = "Amazon EFS file systems to mount.")
    public static final String FILE_SYSTEM_CONFIGS = "CamelLambdaOpsFileSystemConfigs";

    @Metadata(label = "addPermission,createFunction,deleteFunction,getFunction,getFunctionConfiguration,getPolicy,invoke,publishVersion,removePermission", javaType = "String",
              description = "Name, ARN or partial ARN of the function (optionally with :qualifier); overrides the endpoint path.")
    public static final String FUNCTION_NAME = "CamelLambdaOpsFunctionName";

    @Metadata(label = "addPermission", javaType = "String",
              description = "AWS_IAM or NONE: restricts a permission to function URLs of that auth type.")
    public static final String FUNCTION_URL_AUTH_TYPE = "CamelLambdaOpsFunctionUrlAuthType";

    @Metadata(label = "listFunctions", javaType = "String",
              description = "ALL to list every published version of each function, not just $LATEST.")
    public static final String FUNCTION_VERSION = "CamelLambdaOpsFunctionVersion";

    @Metadata(label = "createFunction", javaType = "String",
              description = "The method the runtime calls, e.g. com.example.Handler::handleRequest or index.handler.")
    public static final String HANDLER = "CamelLambdaOpsHandler";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.ImageConfig",
              description = "Container image settings overriding the image's entry point, command and working directory.")
    public static final String IMAGE_CONFIG = "CamelLambdaOpsImageConfig";

    @Metadata(label = "createFunction", javaType = "String",
              description = "URI of a container image in Amazon ECR, for PackageType Image. Maps to Code.ImageUri.")
    public static final String IMAGE_URI = "CamelLambdaOpsImageUri";

    @Metadata(label = "invoke", javaType = "String",
              description = "RequestResponse (wait for the result), Event (queue and return 202) or DryRun (check access); overrides the invocationType option.")
    public static final String INVOCATION_TYPE = "CamelLambdaOpsInvocationType";

    @Metadata(label = "addPermission", javaType = "Boolean",
              description = "Restricts the permission to calls through a function URL.")
    public static final String INVOKED_VIA_FUNCTION_URL = "CamelLambdaOpsInvokedViaFunctionUrl";

    @Metadata(label = "createFunction", javaType = "String",
              description = "ARN of the KMS key that encrypts the function's environment variables (KMSKeyArn).")
    public static final String KMS_KEY_ARN = "CamelLambdaOpsKmsKeyArn";

    @Metadata(label = "createFunction", javaType = "java.util.List<String>",
              description = "ARNs of layer versions to add to the function; a List or comma-separated String.")
    public static final String LAYERS = "CamelLambdaOpsLayers";

    @Metadata(label = "invoke", javaType = "String",
              description = "Tail to receive the last 4 KB of the execution log in CamelLambdaOpsLogResult, or None; overrides the logType option.")
    public static final String LOG_TYPE = "CamelLambdaOpsLogType";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.LoggingConfig",
              description = "Log format, levels and CloudWatch log group of the function.")
    public static final String LOGGING_CONFIG = "CamelLambdaOpsLoggingConfig";

    @Metadata(label = "listFunctions", javaType = "String",
              description = "Pagination token returned as NextMarker by the previous page.")
    public static final String MARKER = "CamelLambdaOpsMarker";

    @Metadata(label = "listFunctions", javaType = "String",
              description = "For Lambda@Edge: the region of the master functions to list, or ALL.")
    public static final String MASTER_REGION = "CamelLambdaOpsMasterRegion";

    @Metadata(label = "listFunctions", javaType = "Integer",
              description = "Most items to return in one page (1 to 10000).")
    public static final String MAX_ITEMS = "CamelLambdaOpsMaxItems";

    @Metadata(label = "createFunction", javaType = "Integer",
              description = "Memory of the function in MB (128 to 10240).")
    public static final String MEMORY_SIZE = "CamelLambdaOpsMemorySize";

    @Metadata(label = "createFunction", javaType = "String",
              description = "X-Ray tracing mode: Active or PassThrough. Maps to TracingConfig.Mode.")
    public static final String MODE = "CamelLambdaOpsMode";

    @Metadata(label = "createFunction", javaType = "String",
              description = "Zip (default) for a .zip package or Image for a container image.")
    public static final String PACKAGE_TYPE = "CamelLambdaOpsPackageType";

    @Metadata(label = "addPermission", javaType = "String",
              description = "Who gets the permission: an AWS service (s3.amazonaws.com), an account id or an ARN.")
    public static final String PRINCIPAL = "CamelLambdaOpsPrincipal";

    @Metadata(label = "addPermission", javaType = "String",
              description = "Restricts the permission to principals of this AWS Organizations organization (PrincipalOrgID).")
    public static final String PRINCIPAL_ORG_ID = "CamelLambdaOpsPrincipalOrgId";

    @Metadata(label = "createFunction", javaType = "Boolean",
              description = "Publish a version of the function right after creating or updating it.")
    public static final String PUBLISH = "CamelLambdaOpsPublish";

    @Metadata(label = "createFunction,publishVersion", javaType = "String",
              description = "Where to publish the new version: LATEST_PUBLISHED for a capacity-provider function.")
    public static final String PUBLISH_TO = "CamelLambdaOpsPublishTo";

    @Metadata(label = "addPermission,deleteFunction,getFunction,getFunctionConfiguration,getPolicy,invoke,removePermission", javaType = "String",
              description = "A version number or alias name; overrides the qualifier option.")
    public static final String QUALIFIER = "CamelLambdaOpsQualifier";

    @Metadata(label = "addPermission,publishVersion,removePermission", javaType = "String",
              description = "Only act if the function's or policy's current revision id is this one (optimistic locking).")
    public static final String REVISION_ID = "CamelLambdaOpsRevisionId";

    @Metadata(label = "createFunction", javaType = "String",
              description = "ARN of the IAM role the function assumes when it runs.")
    public static final String ROLE = "CamelLambdaOpsRole";

    @Metadata(label = "createFunction", javaType = "String",
              description = "Identifier of the runtime, e.g. java21, python3.13, nodejs22.x (a String or software.amazon.awssdk.services.lambda.model.Runtime).")
    public static final String RUNTIME = "CamelLambdaOpsRuntime";

    @Metadata(label = "createFunction", javaType = "String",
              description = "S3 bucket of the deployment package. Maps to Code.S3Bucket.")
    public static final String S3_BUCKET = "CamelLambdaOpsS3Bucket";

    @Metadata(label = "createFunction", javaType = "String",
              description = "S3 key of the deployment package. Maps to Code.S3Key.")
    public static final String S3_KEY = "CamelLambdaOpsS3Key";

    @Metadata(label = "createFunction", javaType = "String",
              description = "Version of the deployment package's S3 object. Maps to Code.S3ObjectVersion.")
    public static final String S3_OBJECT_VERSION = "CamelLambdaOpsS3ObjectVersion";

    @Metadata(label = "createFunction", javaType = "java.util.List<String>",
              description = "VPC security group ids; a List or comma-separated String. Maps to VpcConfig.SecurityGroupIds.")
    public static final String SECURITY_GROUP_IDS = "CamelLambdaOpsSecurityGroupIds";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.SnapStart",
              description = "SnapStart setting of the function (ApplyOn PublishedVersions or None).")
    public static final String SNAP_START = "CamelLambdaOpsSnapStart";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For a service principal: only calls on behalf of resources of this account.")
    public static final String SOURCE_ACCOUNT = "CamelLambdaOpsSourceAccount";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For a service principal: only calls on behalf of this resource ARN, e.g. an S3 bucket or SNS topic.")
    public static final String SOURCE_ARN = "CamelLambdaOpsSourceArn";

    @Metadata(label = "addPermission,removePermission", javaType = "String",
              description = "Identifier of the policy statement, unique within the function's policy.")
    public static final String STATEMENT_ID = "CamelLambdaOpsStatementId";

    @Metadata(label = "createFunction", javaType = "java.util.List<String>",
              description = "VPC subnet ids; a List or comma-separated String. Maps to VpcConfig.SubnetIds.")
    public static final String SUBNET_IDS = "CamelLambdaOpsSubnetIds";

    @Metadata(label = "createFunction", javaType = "java.util.Map<String,String>",
              description = "Tags of the function; a Map or a String K=V,K2=V2.")
    public static final String TAGS = "CamelLambdaOpsTags";

    @Metadata(label = "createFunction", javaType = "String",
              description = "ARN of the SQS queue or SNS topic receiving failed asynchronous events. Maps to DeadLetterConfig.TargetArn.")
    public static final String TARGET_ARN = "CamelLambdaOpsTargetArn";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.TenancyConfig",
              description = "Tenant isolation mode of the function.")
    public static final String TENANCY_CONFIG = "CamelLambdaOpsTenancyConfig";

    @Metadata(label = "invoke", javaType = "String",
              description = "Identifier of the tenant an invoke of a tenant-isolated function runs for.")
    public static final String TENANT_ID = "CamelLambdaOpsTenantId";

    @Metadata(label = "createFunction", javaType = "Integer",
              description = "Seconds the function may run (1 to 900).")
    public static final String TIMEOUT = "CamelLambdaOpsTimeout";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.TracingConfig",
              description = "The whole tracing configuration; Mode sets it alone.")
    public static final String TRACING_CONFIG = "CamelLambdaOpsTracingConfig";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.VpcConfig",
              description = "The whole VPC configuration; SubnetIds and SecurityGroupIds set its lists alone.")
    public static final String VPC_CONFIG = "CamelLambdaOpsVpcConfig";

    @Metadata(label = "createFunction", javaType = "byte[]",
              description = "The deployment package: a byte array, ByteBuffer, InputStream, File or Path of the zip, or a base64 String. Maps to Code.ZipFile.")
    public static final String ZIP_FILE = "CamelLambdaOpsZipFile";

    private LambdaOpsConstants() {
    }
}
