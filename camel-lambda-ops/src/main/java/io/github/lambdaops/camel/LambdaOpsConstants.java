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

    @Metadata(label = "getDurableExecutionHistory,getDurableExecutionState,listAliases,listCapacityProviders,listCodeSigningConfigs,listDurableExecutionsByFunction,listEventSourceMappings,listFunctionEventInvokeConfigs,listFunctionUrlConfigs,listFunctionVersionsByCapacityProvider,listFunctions,listFunctionsByCodeSigningConfig,listLayerVersions,listLayers,listProvisionedConcurrencyConfigs,listVersionsByFunction", javaType = "String",
              description = "page (default) for one response per call, or all for the List of every item of every page, fetched with the SDK's paginator; overrides the pagination option.")
    public static final String PAGINATION = "CamelLambdaOpsPagination";

    @Metadata(label = "all", javaType = "String",
              description = "Name of an SDK waiter to run on the function after the call, e.g. functionActiveV2, functionUpdatedV2, functionExists or publishedVersionActive; overrides the waitUntil option.")
    public static final String WAIT_UNTIL = "CamelLambdaOpsWaitUntil";

    // Output headers of invoke and invokeWithResponseStream

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "Integer",
              description = "Output: the HTTP status of the invoke: 200 for RequestResponse, 202 for Event, 204 for DryRun.")
    public static final String STATUS_CODE = "CamelLambdaOpsStatusCode";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Output: set when the function failed, e.g. Unhandled; the body is then the function's error document.")
    public static final String FUNCTION_ERROR = "CamelLambdaOpsFunctionError";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Output: the version of the function that ran, e.g. $LATEST or 3 when invoked through an alias.")
    public static final String EXECUTED_VERSION = "CamelLambdaOpsExecutedVersion";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Output: with LogType Tail, the last 4 KB of the execution log, decoded to UTF-8 text.")
    public static final String LOG_RESULT = "CamelLambdaOpsLogResult";

    @Metadata(label = "invokeWithResponseStream", javaType = "String",
              description = "Output: when the streamed function failed, the error details of the stream's closing InvokeComplete event.")
    public static final String ERROR_DETAILS = "CamelLambdaOpsErrorDetails";

    // Request members, in alphabetical order

    @Metadata(label = "addLayerVersionPermission,addPermission", javaType = "String",
              description = "The action the permission allows, e.g. lambda:InvokeFunction, or lambda:GetLayerVersion for a layer version.")
    public static final String ACTION = "CamelLambdaOpsAction";

    @Metadata(label = "createCodeSigningConfig,updateCodeSigningConfig", javaType = "software.amazon.awssdk.services.lambda.model.AllowedPublishers",
              description = "Signing profiles whose signatures the code signing configuration accepts.")
    public static final String ALLOWED_PUBLISHERS = "CamelLambdaOpsAllowedPublishers";

    @Metadata(label = "createAlias,updateAlias", javaType = "java.util.Map<String,Double>",
              description = "Weights of a second version of the alias, e.g. 2=0.1 sends 10% of invokes to version 2; a Map or a String K=V. Maps to RoutingConfig.AdditionalVersionWeights.")
    public static final String ADDITIONAL_VERSION_WEIGHTS = "CamelLambdaOpsAdditionalVersionWeights";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.AmazonManagedKafkaEventSourceConfig",
              description = "Settings of an Amazon MSK event source, such as its consumer group id.")
    public static final String AMAZON_MANAGED_KAFKA_EVENT_SOURCE_CONFIG = "CamelLambdaOpsAmazonManagedKafkaEventSourceConfig";

    @Metadata(label = "createFunction,updateFunctionCode", javaType = "java.util.List<String>",
              description = "Instruction set of the function: x86_64 (default) or arm64; a List or comma-separated String.")
    public static final String ARCHITECTURES = "CamelLambdaOpsArchitectures";

    @Metadata(label = "getLayerVersionByArn", javaType = "String",
              description = "ARN of the layer version to read, e.g. arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3.")
    public static final String ARN = "CamelLambdaOpsArn";

    @Metadata(label = "createFunctionUrlConfig,updateFunctionUrlConfig", javaType = "String",
              description = "Who may call the function URL: AWS_IAM (signed requests only) or NONE (anyone).")
    public static final String AUTH_TYPE = "CamelLambdaOpsAuthType";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Integer",
              description = "Most records the event source mapping passes to the function in one batch.")
    public static final String BATCH_SIZE = "CamelLambdaOpsBatchSize";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Boolean",
              description = "For stream sources: split a batch the function failed on in two and retry each half.")
    public static final String BISECT_BATCH_ON_FUNCTION_ERROR = "CamelLambdaOpsBisectBatchOnFunctionError";

    @Metadata(label = "sendDurableExecutionCallbackFailure,sendDurableExecutionCallbackHeartbeat,sendDurableExecutionCallbackSuccess", javaType = "String",
              description = "Identifier of the durable execution callback to complete, fail or keep alive.")
    public static final String CALLBACK_ID = "CamelLambdaOpsCallbackId";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.CapacityProviderConfig",
              description = "Capacity provider of a function on Lambda Managed Instances.")
    public static final String CAPACITY_PROVIDER_CONFIG = "CamelLambdaOpsCapacityProviderConfig";

    @Metadata(label = "createCapacityProvider,deleteCapacityProvider,getCapacityProvider,listFunctionVersionsByCapacityProvider,updateCapacityProvider", javaType = "String",
              description = "Name of the capacity provider (Lambda Managed Instances).")
    public static final String CAPACITY_PROVIDER_NAME = "CamelLambdaOpsCapacityProviderName";

    @Metadata(label = "createCapacityProvider,updateCapacityProvider", javaType = "software.amazon.awssdk.services.lambda.model.CapacityProviderScalingConfig",
              description = "How the capacity provider scales its instances: most vCPUs and scaling policies.")
    public static final String CAPACITY_PROVIDER_SCALING_CONFIG = "CamelLambdaOpsCapacityProviderScalingConfig";

    @Metadata(label = "checkpointDurableExecution,getDurableExecutionState", javaType = "String",
              description = "Token of the durable execution's current checkpoint, as handed to the running function.")
    public static final String CHECKPOINT_TOKEN = "CamelLambdaOpsCheckpointToken";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Up to 3,583 bytes of base64-encoded data about the invoking client, passed to the function in the context object.")
    public static final String CLIENT_CONTEXT = "CamelLambdaOpsClientContext";

    @Metadata(label = "checkpointDurableExecution", javaType = "String",
              description = "Idempotency token, so a repeated checkpoint request is applied once.")
    public static final String CLIENT_TOKEN = "CamelLambdaOpsClientToken";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.FunctionCode",
              description = "The whole deployment package; the headers ZipFile, S3Bucket, S3Key, S3ObjectVersion and ImageUri fill parts of it, and without any of them the message body is the zip.")
    public static final String CODE = "CamelLambdaOpsCode";

    @Metadata(label = "publishVersion", javaType = "String",
              description = "Only publish if the code's SHA-256 (base64) is this one, so a version is never published from code changed meanwhile.")
    public static final String CODE_SHA256 = "CamelLambdaOpsCodeSha256";

    @Metadata(label = "createFunction,deleteCodeSigningConfig,getCodeSigningConfig,listFunctionsByCodeSigningConfig,putFunctionCodeSigningConfig,updateCodeSigningConfig", javaType = "String",
              description = "ARN of a code signing configuration: the one to enforce on a function, or the one to read, update, delete or list the functions of.")
    public static final String CODE_SIGNING_CONFIG_ARN = "CamelLambdaOpsCodeSigningConfigArn";

    @Metadata(label = "createCodeSigningConfig,updateCodeSigningConfig", javaType = "software.amazon.awssdk.services.lambda.model.CodeSigningPolicies",
              description = "What a deployment that fails signature validation leads to: Warn or Enforce.")
    public static final String CODE_SIGNING_POLICIES = "CamelLambdaOpsCodeSigningPolicies";

    @Metadata(label = "listLayerVersions,listLayers", javaType = "String",
              description = "Only list layers or layer versions compatible with this instruction set: x86_64 or arm64.")
    public static final String COMPATIBLE_ARCHITECTURE = "CamelLambdaOpsCompatibleArchitecture";

    @Metadata(label = "publishLayerVersion", javaType = "java.util.List<String>",
              description = "Instruction sets the layer version supports; a List or comma-separated String.")
    public static final String COMPATIBLE_ARCHITECTURES = "CamelLambdaOpsCompatibleArchitectures";

    @Metadata(label = "listLayerVersions,listLayers", javaType = "String",
              description = "Only list layers or layer versions compatible with this runtime, e.g. python3.13.")
    public static final String COMPATIBLE_RUNTIME = "CamelLambdaOpsCompatibleRuntime";

    @Metadata(label = "publishLayerVersion", javaType = "java.util.List<String>",
              description = "Runtimes the layer version supports; a List or comma-separated String.")
    public static final String COMPATIBLE_RUNTIMES = "CamelLambdaOpsCompatibleRuntimes";

    @Metadata(label = "publishLayerVersion", javaType = "software.amazon.awssdk.services.lambda.model.LayerVersionContentInput",
              description = "Where the layer archive is (LayerVersionContentInput); the headers ZipFile, S3Bucket, S3Key and S3ObjectVersion fill parts of it, and without any of them the message body is the zip.")
    public static final String CONTENT = "CamelLambdaOpsContent";

    @Metadata(label = "createFunctionUrlConfig,updateFunctionUrlConfig", javaType = "software.amazon.awssdk.services.lambda.model.Cors",
              description = "Cross-origin resource sharing settings of the function URL.")
    public static final String CORS = "CamelLambdaOpsCors";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.DeadLetterConfig",
              description = "The whole dead-letter configuration; TargetArn sets its target alone.")
    public static final String DEAD_LETTER_CONFIG = "CamelLambdaOpsDeadLetterConfig";

    @Metadata(label = "createAlias,createCodeSigningConfig,createFunction,publishLayerVersion,publishVersion,updateAlias,updateCodeSigningConfig,updateFunctionConfiguration", javaType = "String",
              description = "A description of the function, version, alias, layer version or code signing configuration.")
    public static final String DESCRIPTION = "CamelLambdaOpsDescription";

    @Metadata(label = "createEventSourceMapping,putFunctionEventInvokeConfig,updateEventSourceMapping,updateFunctionEventInvokeConfig", javaType = "software.amazon.awssdk.services.lambda.model.DestinationConfig",
              description = "Where records or events go after processing: on-success and on-failure destinations.")
    public static final String DESTINATION_CONFIG = "CamelLambdaOpsDestinationConfig";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.DocumentDBEventSourceConfig",
              description = "Settings of an Amazon DocumentDB change stream event source (DocumentDBEventSourceConfig).")
    public static final String DOCUMENT_DB_EVENT_SOURCE_CONFIG = "CamelLambdaOpsDocumentDbEventSourceConfig";

    @Metadata(label = "updateFunctionCode", javaType = "Boolean",
              description = "Validate the request and the caller's permissions without changing the function's code.")
    public static final String DRY_RUN = "CamelLambdaOpsDryRun";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.DurableConfig",
              description = "Settings of durable executions of the function.")
    public static final String DURABLE_CONFIG = "CamelLambdaOpsDurableConfig";

    @Metadata(label = "checkpointDurableExecution,getDurableExecution,getDurableExecutionHistory,getDurableExecutionState,stopDurableExecution", javaType = "String",
              description = "ARN of the durable execution to read, checkpoint or stop.")
    public static final String DURABLE_EXECUTION_ARN = "CamelLambdaOpsDurableExecutionArn";

    @Metadata(label = "invoke,listDurableExecutionsByFunction", javaType = "String",
              description = "Name of the durable execution an invoke starts or joins; for listDurableExecutionsByFunction, a filter.")
    public static final String DURABLE_EXECUTION_NAME = "CamelLambdaOpsDurableExecutionName";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Boolean",
              description = "Whether the event source mapping polls and invokes (true, the default) or is paused.")
    public static final String ENABLED = "CamelLambdaOpsEnabled";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.Environment",
              description = "The whole environment; EnvironmentVariables sets its variables alone.")
    public static final String ENVIRONMENT = "CamelLambdaOpsEnvironment";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "java.util.Map<String,String>",
              description = "Environment variables of the function; a Map or a String K=V,K2=V2. Maps to Environment.Variables.")
    public static final String ENVIRONMENT_VARIABLES = "CamelLambdaOpsEnvironmentVariables";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.EphemeralStorage",
              description = "Size of the function's /tmp in MB (512 to 10240).")
    public static final String EPHEMERAL_STORAGE = "CamelLambdaOpsEphemeralStorage";

    @Metadata(label = "sendDurableExecutionCallbackFailure,stopDurableExecution", javaType = "software.amazon.awssdk.services.lambda.model.ErrorObject",
              description = "The error to report: why the callback failed, or why the execution is stopped.")
    public static final String ERROR = "CamelLambdaOpsError";

    @Metadata(label = "createEventSourceMapping,listEventSourceMappings", javaType = "String",
              description = "ARN of the event source (queue, stream, topic or cluster); for listEventSourceMappings, a filter.")
    public static final String EVENT_SOURCE_ARN = "CamelLambdaOpsEventSourceArn";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For an Alexa Smart Home function, a token the invoker must supply.")
    public static final String EVENT_SOURCE_TOKEN = "CamelLambdaOpsEventSourceToken";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "java.util.List<software.amazon.awssdk.services.lambda.model.FileSystemConfig>",
              description = "Amazon EFS file systems to mount.")
    public static final String FILE_SYSTEM_CONFIGS = "CamelLambdaOpsFileSystemConfigs";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.FilterCriteria",
              description = "Filters that decide which events of the source reach the function.")
    public static final String FILTER_CRITERIA = "CamelLambdaOpsFilterCriteria";

    @Metadata(label = "addPermission,createAlias,createEventSourceMapping,createFunction,createFunctionUrlConfig,deleteAlias,deleteFunction,deleteFunctionCodeSigningConfig,deleteFunctionConcurrency,deleteFunctionEventInvokeConfig,deleteFunctionUrlConfig,deleteProvisionedConcurrencyConfig,getAlias,getFunction,getFunctionCodeSigningConfig,getFunctionConcurrency,getFunctionConfiguration,getFunctionEventInvokeConfig,getFunctionRecursionConfig,getFunctionScalingConfig,getFunctionUrlConfig,getPolicy,getProvisionedConcurrencyConfig,getRuntimeManagementConfig,invoke,invokeWithResponseStream,listAliases,listDurableExecutionsByFunction,listEventSourceMappings,listFunctionEventInvokeConfigs,listFunctionUrlConfigs,listProvisionedConcurrencyConfigs,listVersionsByFunction,publishVersion,putFunctionCodeSigningConfig,putFunctionConcurrency,putFunctionEventInvokeConfig,putFunctionRecursionConfig,putFunctionScalingConfig,putProvisionedConcurrencyConfig,putRuntimeManagementConfig,removePermission,updateAlias,updateEventSourceMapping,updateFunctionCode,updateFunctionConfiguration,updateFunctionEventInvokeConfig,updateFunctionUrlConfig", javaType = "String",
              description = "Name, ARN or partial ARN of the function (optionally with :qualifier); overrides the endpoint path.")
    public static final String FUNCTION_NAME = "CamelLambdaOpsFunctionName";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "java.util.List<String>",
              description = "What the function's response reports, e.g. ReportBatchItemFailures; a List or comma-separated String.")
    public static final String FUNCTION_RESPONSE_TYPES = "CamelLambdaOpsFunctionResponseTypes";

    @Metadata(label = "putFunctionScalingConfig", javaType = "software.amazon.awssdk.services.lambda.model.FunctionScalingConfig",
              description = "Fewest and most execution environments of a function version on a capacity provider.")
    public static final String FUNCTION_SCALING_CONFIG = "CamelLambdaOpsFunctionScalingConfig";

    @Metadata(label = "addPermission", javaType = "String",
              description = "AWS_IAM or NONE: restricts a permission to function URLs of that auth type.")
    public static final String FUNCTION_URL_AUTH_TYPE = "CamelLambdaOpsFunctionUrlAuthType";

    @Metadata(label = "createAlias,listAliases,listFunctions,updateAlias", javaType = "String",
              description = "The version an alias points to (createAlias, updateAlias) or that listAliases filters by; for listFunctions, ALL lists every published version, not just $LATEST.")
    public static final String FUNCTION_VERSION = "CamelLambdaOpsFunctionVersion";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "String",
              description = "The method the runtime calls, e.g. com.example.Handler::handleRequest or index.handler.")
    public static final String HANDLER = "CamelLambdaOpsHandler";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.ImageConfig",
              description = "Container image settings overriding the image's entry point, command and working directory.")
    public static final String IMAGE_CONFIG = "CamelLambdaOpsImageConfig";

    @Metadata(label = "createFunction,updateFunctionCode", javaType = "String",
              description = "URI of a container image in Amazon ECR, for PackageType Image. Maps to Code.ImageUri for createFunction.")
    public static final String IMAGE_URI = "CamelLambdaOpsImageUri";

    @Metadata(label = "getDurableExecution,getDurableExecutionHistory", javaType = "Boolean",
              description = "Include the input and output data of the execution, or of its events, in the response.")
    public static final String INCLUDE_EXECUTION_DATA = "CamelLambdaOpsIncludeExecutionData";

    @Metadata(label = "createCapacityProvider", javaType = "software.amazon.awssdk.services.lambda.model.InstanceRequirements",
              description = "Instances the capacity provider may launch: architectures, allowed or excluded instance types.")
    public static final String INSTANCE_REQUIREMENTS = "CamelLambdaOpsInstanceRequirements";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "RequestResponse (wait for the result), Event (queue and return 202; invoke only) or DryRun (check access); overrides the invocationType option.")
    public static final String INVOCATION_TYPE = "CamelLambdaOpsInvocationType";

    @Metadata(label = "addPermission", javaType = "Boolean",
              description = "Restricts the permission to calls through a function URL.")
    public static final String INVOKED_VIA_FUNCTION_URL = "CamelLambdaOpsInvokedViaFunctionUrl";

    @Metadata(label = "createFunctionUrlConfig,updateFunctionUrlConfig", javaType = "String",
              description = "BUFFERED (default: the URL calls Invoke) or RESPONSE_STREAM (it calls InvokeWithResponseStream).")
    public static final String INVOKE_MODE = "CamelLambdaOpsInvokeMode";

    @Metadata(label = "createCapacityProvider,createEventSourceMapping,createFunction,updateEventSourceMapping,updateFunctionConfiguration", javaType = "String",
              description = "ARN of a customer managed KMS key: of a function, it encrypts the environment variables (KMSKeyArn); of an event source mapping, its filter criteria; of a capacity provider, its instances' storage.")
    public static final String KMS_KEY_ARN = "CamelLambdaOpsKmsKeyArn";

    @Metadata(label = "addLayerVersionPermission,deleteLayerVersion,getLayerVersion,getLayerVersionPolicy,listLayerVersions,publishLayerVersion,removeLayerVersionPermission", javaType = "String",
              description = "Name or ARN of the layer.")
    public static final String LAYER_NAME = "CamelLambdaOpsLayerName";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "java.util.List<String>",
              description = "ARNs of layer versions to add to the function; a List or comma-separated String.")
    public static final String LAYERS = "CamelLambdaOpsLayers";

    @Metadata(label = "publishLayerVersion", javaType = "String",
              description = "Software license of the layer version: an SPDX identifier such as MIT, a URL, or the full text.")
    public static final String LICENSE_INFO = "CamelLambdaOpsLicenseInfo";

    @Metadata(label = "createEventSourceMapping,createFunction,updateEventSourceMapping,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.LoggingConfig",
              description = "Log format, levels and CloudWatch log group of a function (LoggingConfig); for an event source mapping, its system log level (EventSourceMappingLoggingConfig).")
    public static final String LOGGING_CONFIG = "CamelLambdaOpsLoggingConfig";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Tail to receive the last 4 KB of the execution log in CamelLambdaOpsLogResult, or None; overrides the logType option.")
    public static final String LOG_TYPE = "CamelLambdaOpsLogType";

    @Metadata(label = "getDurableExecutionHistory,getDurableExecutionState,listAliases,listCapacityProviders,listCodeSigningConfigs,listDurableExecutionsByFunction,listEventSourceMappings,listFunctionEventInvokeConfigs,listFunctionUrlConfigs,listFunctionVersionsByCapacityProvider,listFunctions,listFunctionsByCodeSigningConfig,listLayerVersions,listLayers,listProvisionedConcurrencyConfigs,listVersionsByFunction", javaType = "String",
              description = "Pagination token returned as NextMarker by the previous page.")
    public static final String MARKER = "CamelLambdaOpsMarker";

    @Metadata(label = "listFunctions", javaType = "String",
              description = "For Lambda@Edge: the region of the master functions to list, or ALL.")
    public static final String MASTER_REGION = "CamelLambdaOpsMasterRegion";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Integer",
              description = "Seconds the event source mapping may gather records before it invokes the function (0 to 300).")
    public static final String MAXIMUM_BATCHING_WINDOW_IN_SECONDS = "CamelLambdaOpsMaximumBatchingWindowInSeconds";

    @Metadata(label = "putFunctionEventInvokeConfig,updateFunctionEventInvokeConfig", javaType = "Integer",
              description = "Oldest an asynchronous event may be, in seconds, before Lambda drops it (60 to 21600).")
    public static final String MAXIMUM_EVENT_AGE_IN_SECONDS = "CamelLambdaOpsMaximumEventAgeInSeconds";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Integer",
              description = "For stream sources: drop records older than this many seconds (-1 for no limit).")
    public static final String MAXIMUM_RECORD_AGE_IN_SECONDS = "CamelLambdaOpsMaximumRecordAgeInSeconds";

    @Metadata(label = "createEventSourceMapping,putFunctionEventInvokeConfig,updateEventSourceMapping,updateFunctionEventInvokeConfig", javaType = "Integer",
              description = "Retries of a failed asynchronous invoke (0 to 2), or of a failed batch of a stream source (-1 for no limit).")
    public static final String MAXIMUM_RETRY_ATTEMPTS = "CamelLambdaOpsMaximumRetryAttempts";

    @Metadata(label = "getDurableExecutionHistory,getDurableExecutionState,listAliases,listCapacityProviders,listCodeSigningConfigs,listDurableExecutionsByFunction,listEventSourceMappings,listFunctionEventInvokeConfigs,listFunctionUrlConfigs,listFunctionVersionsByCapacityProvider,listFunctions,listFunctionsByCodeSigningConfig,listLayerVersions,listLayers,listProvisionedConcurrencyConfigs,listVersionsByFunction", javaType = "Integer",
              description = "Most items to return in one page.")
    public static final String MAX_ITEMS = "CamelLambdaOpsMaxItems";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "Integer",
              description = "Memory of the function in MB (128 to 10240).")
    public static final String MEMORY_SIZE = "CamelLambdaOpsMemorySize";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.EventSourceMappingMetricsConfig",
              description = "Which metrics the event source mapping publishes.")
    public static final String METRICS_CONFIG = "CamelLambdaOpsMetricsConfig";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "String",
              description = "X-Ray tracing mode: Active or PassThrough. Maps to TracingConfig.Mode.")
    public static final String MODE = "CamelLambdaOpsMode";

    @Metadata(label = "createAlias,deleteAlias,getAlias,updateAlias", javaType = "String",
              description = "Name of the alias, e.g. live.")
    public static final String NAME = "CamelLambdaOpsName";

    @Metadata(label = "addLayerVersionPermission", javaType = "String",
              description = "With Principal *, grant the layer version to every account of this AWS Organizations organization.")
    public static final String ORGANIZATION_ID = "CamelLambdaOpsOrganizationId";

    @Metadata(label = "createFunction", javaType = "String",
              description = "Zip (default) for a .zip package or Image for a container image.")
    public static final String PACKAGE_TYPE = "CamelLambdaOpsPackageType";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Integer",
              description = "For Kinesis and DynamoDB streams: batches processed at once per shard (1 to 10).")
    public static final String PARALLELIZATION_FACTOR = "CamelLambdaOpsParallelizationFactor";

    @Metadata(label = "createCapacityProvider", javaType = "software.amazon.awssdk.services.lambda.model.CapacityProviderPermissionsConfig",
              description = "The IAM role the capacity provider uses to manage its instances.")
    public static final String PERMISSIONS_CONFIG = "CamelLambdaOpsPermissionsConfig";

    @Metadata(label = "putResourcePolicy", javaType = "String",
              description = "The resource-based policy document (JSON); it replaces the resource's whole policy.")
    public static final String POLICY = "CamelLambdaOpsPolicy";

    @Metadata(label = "addLayerVersionPermission,addPermission", javaType = "String",
              description = "Who gets the permission: an AWS service (s3.amazonaws.com), an account id or an ARN; for a layer version, an account id or * for everyone.")
    public static final String PRINCIPAL = "CamelLambdaOpsPrincipal";

    @Metadata(label = "addPermission", javaType = "String",
              description = "Restricts the permission to principals of this AWS Organizations organization (PrincipalOrgID).")
    public static final String PRINCIPAL_ORG_ID = "CamelLambdaOpsPrincipalOrgId";

    @Metadata(label = "createCapacityProvider,updateCapacityProvider", javaType = "software.amazon.awssdk.services.lambda.model.PropagateTags",
              description = "Whether and which tags the capacity provider copies to the instances it launches.")
    public static final String PROPAGATE_TAGS = "CamelLambdaOpsPropagateTags";

    @Metadata(label = "putProvisionedConcurrencyConfig", javaType = "Integer",
              description = "Execution environments to keep initialized for the version or alias.")
    public static final String PROVISIONED_CONCURRENT_EXECUTIONS = "CamelLambdaOpsProvisionedConcurrentExecutions";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.ProvisionedPollerConfig",
              description = "Provisioned mode of the event source mapping: fewest and most event pollers.")
    public static final String PROVISIONED_POLLER_CONFIG = "CamelLambdaOpsProvisionedPollerConfig";

    @Metadata(label = "createFunction,updateFunctionCode", javaType = "Boolean",
              description = "Publish a version of the function right after creating it or updating its code.")
    public static final String PUBLISH = "CamelLambdaOpsPublish";

    @Metadata(label = "createFunction,publishVersion,updateFunctionCode", javaType = "String",
              description = "Where to publish the new version: LATEST_PUBLISHED for a function on a capacity provider.")
    public static final String PUBLISH_TO = "CamelLambdaOpsPublishTo";

    @Metadata(label = "addPermission,createFunctionUrlConfig,deleteFunction,deleteFunctionEventInvokeConfig,deleteFunctionUrlConfig,deleteProvisionedConcurrencyConfig,getFunction,getFunctionConfiguration,getFunctionEventInvokeConfig,getFunctionScalingConfig,getFunctionUrlConfig,getPolicy,getProvisionedConcurrencyConfig,getRuntimeManagementConfig,invoke,invokeWithResponseStream,listDurableExecutionsByFunction,putFunctionEventInvokeConfig,putFunctionScalingConfig,putProvisionedConcurrencyConfig,putRuntimeManagementConfig,removePermission,updateFunctionEventInvokeConfig,updateFunctionUrlConfig", javaType = "String",
              description = "A version number or alias name; overrides the qualifier option.")
    public static final String QUALIFIER = "CamelLambdaOpsQualifier";

    @Metadata(label = "createEventSourceMapping", javaType = "java.util.List<String>",
              description = "For Amazon MQ: the broker queue to consume; a List or comma-separated String.")
    public static final String QUEUES = "CamelLambdaOpsQueues";

    @Metadata(label = "putFunctionRecursionConfig", javaType = "String",
              description = "Allow or Terminate: what Lambda does when it sees the function invoked in a recursive loop.")
    public static final String RECURSIVE_LOOP = "CamelLambdaOpsRecursiveLoop";

    @Metadata(label = "putFunctionConcurrency", javaType = "Integer",
              description = "Concurrent executions reserved for the function, which is also the most it may run at once.")
    public static final String RESERVED_CONCURRENT_EXECUTIONS = "CamelLambdaOpsReservedConcurrentExecutions";

    @Metadata(label = "listTags,tagResource,untagResource", javaType = "String",
              description = "ARN of the function, event source mapping, code signing config or capacity provider whose tags to read or change.")
    public static final String RESOURCE = "CamelLambdaOpsResource";

    @Metadata(label = "deleteResourcePolicy,getResourcePolicy,putResourcePolicy", javaType = "String",
              description = "ARN of the function, version or alias whose resource-based policy to read, replace or delete.")
    public static final String RESOURCE_ARN = "CamelLambdaOpsResourceArn";

    @Metadata(label = "sendDurableExecutionCallbackSuccess", javaType = "byte[]",
              description = "Result of the successful callback: binary (byte[], ByteBuffer, InputStream, SdkBytes) or a base64 String.")
    public static final String RESULT = "CamelLambdaOpsResult";

    @Metadata(label = "getDurableExecutionHistory,listDurableExecutionsByFunction", javaType = "Boolean",
              description = "Return the newest events or executions first.")
    public static final String REVERSE_ORDER = "CamelLambdaOpsReverseOrder";

    @Metadata(label = "addLayerVersionPermission,addPermission,deleteResourcePolicy,publishVersion,putResourcePolicy,removeLayerVersionPermission,removePermission,updateAlias,updateFunctionCode,updateFunctionConfiguration", javaType = "String",
              description = "Only act if the current revision id of the function, alias or policy is this one (optimistic locking).")
    public static final String REVISION_ID = "CamelLambdaOpsRevisionId";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "String",
              description = "ARN of the IAM role the function assumes when it runs.")
    public static final String ROLE = "CamelLambdaOpsRole";

    @Metadata(label = "createAlias,updateAlias", javaType = "software.amazon.awssdk.services.lambda.model.AliasRoutingConfiguration",
              description = "Weights of a second version of the alias (AliasRoutingConfiguration), e.g. 10% of invokes to version 2.")
    public static final String ROUTING_CONFIG = "CamelLambdaOpsRoutingConfig";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "String",
              description = "Identifier of the runtime, e.g. java21, python3.13, nodejs22.x (a String or software.amazon.awssdk.services.lambda.model.Runtime).")
    public static final String RUNTIME = "CamelLambdaOpsRuntime";

    @Metadata(label = "putRuntimeManagementConfig", javaType = "String",
              description = "ARN of the runtime version to pin the function to, with UpdateRuntimeOn Manual.")
    public static final String RUNTIME_VERSION_ARN = "CamelLambdaOpsRuntimeVersionArn";

    @Metadata(label = "createFunction,publishLayerVersion,updateFunctionCode", javaType = "String",
              description = "S3 bucket of the deployment package or layer archive. Maps to Code.S3Bucket or Content.S3Bucket where the request has no S3Bucket of its own.")
    public static final String S3_BUCKET = "CamelLambdaOpsS3Bucket";

    @Metadata(label = "createFunction,publishLayerVersion,updateFunctionCode", javaType = "String",
              description = "S3 key of the deployment package or layer archive. Maps to Code.S3Key or Content.S3Key where the request has no S3Key of its own.")
    public static final String S3_KEY = "CamelLambdaOpsS3Key";

    @Metadata(label = "updateFunctionCode", javaType = "String",
              description = "COPY to have Lambda copy the S3 object of the package, REFERENCE to have it read the object in place.")
    public static final String S3_OBJECT_STORAGE_MODE = "CamelLambdaOpsS3ObjectStorageMode";

    @Metadata(label = "createFunction,publishLayerVersion,updateFunctionCode", javaType = "String",
              description = "Version of the S3 object of the deployment package or layer archive. Maps to Code.S3ObjectVersion or Content.S3ObjectVersion where the request has none of its own.")
    public static final String S3_OBJECT_VERSION = "CamelLambdaOpsS3ObjectVersion";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.ScalingConfig",
              description = "For Amazon SQS: the most concurrent invokes the event source mapping may cause.")
    public static final String SCALING_CONFIG = "CamelLambdaOpsScalingConfig";

    @Metadata(label = "createCapacityProvider,createFunction,updateFunctionConfiguration", javaType = "java.util.List<String>",
              description = "VPC security group ids of a function or capacity provider; a List or comma-separated String. Maps to VpcConfig.SecurityGroupIds.")
    public static final String SECURITY_GROUP_IDS = "CamelLambdaOpsSecurityGroupIds";

    @Metadata(label = "createEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.SelfManagedEventSource",
              description = "Bootstrap servers of a self-managed Apache Kafka cluster.")
    public static final String SELF_MANAGED_EVENT_SOURCE = "CamelLambdaOpsSelfManagedEventSource";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "software.amazon.awssdk.services.lambda.model.SelfManagedKafkaEventSourceConfig",
              description = "Settings of a self-managed Apache Kafka event source, such as its consumer group id.")
    public static final String SELF_MANAGED_KAFKA_EVENT_SOURCE_CONFIG = "CamelLambdaOpsSelfManagedKafkaEventSourceConfig";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.SnapStart",
              description = "SnapStart setting of the function (ApplyOn PublishedVersions or None).")
    public static final String SNAP_START = "CamelLambdaOpsSnapStart";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "java.util.List<software.amazon.awssdk.services.lambda.model.SourceAccessConfiguration>",
              description = "Authentication and VPC settings needed to read the event source.")
    public static final String SOURCE_ACCESS_CONFIGURATIONS = "CamelLambdaOpsSourceAccessConfigurations";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For a service principal: only calls on behalf of resources of this account.")
    public static final String SOURCE_ACCOUNT = "CamelLambdaOpsSourceAccount";

    @Metadata(label = "addPermission", javaType = "String",
              description = "For a service principal: only calls on behalf of this resource ARN, e.g. an S3 bucket or SNS topic.")
    public static final String SOURCE_ARN = "CamelLambdaOpsSourceArn";

    @Metadata(label = "updateFunctionCode", javaType = "String",
              description = "ARN of the customer managed KMS key that encrypts the function's .zip package.")
    public static final String SOURCE_KMS_KEY_ARN = "CamelLambdaOpsSourceKmsKeyArn";

    @Metadata(label = "listDurableExecutionsByFunction", javaType = "java.time.Instant",
              description = "Only list executions started after this time (an Instant, Date or ISO-8601 String).")
    public static final String STARTED_AFTER = "CamelLambdaOpsStartedAfter";

    @Metadata(label = "listDurableExecutionsByFunction", javaType = "java.time.Instant",
              description = "Only list executions started before this time (an Instant, Date or ISO-8601 String).")
    public static final String STARTED_BEFORE = "CamelLambdaOpsStartedBefore";

    @Metadata(label = "createEventSourceMapping", javaType = "String",
              description = "Where to start reading a stream: TRIM_HORIZON, LATEST or AT_TIMESTAMP.")
    public static final String STARTING_POSITION = "CamelLambdaOpsStartingPosition";

    @Metadata(label = "createEventSourceMapping", javaType = "java.time.Instant",
              description = "With StartingPosition AT_TIMESTAMP, the time to start reading from.")
    public static final String STARTING_POSITION_TIMESTAMP = "CamelLambdaOpsStartingPositionTimestamp";

    @Metadata(label = "listCapacityProviders", javaType = "String",
              description = "Only list capacity providers in this state: Pending, Active, Failed or Deleting.")
    public static final String STATE = "CamelLambdaOpsState";

    @Metadata(label = "addLayerVersionPermission,addPermission,removeLayerVersionPermission,removePermission", javaType = "String",
              description = "Identifier of the policy statement, unique within the policy of the function or layer version.")
    public static final String STATEMENT_ID = "CamelLambdaOpsStatementId";

    @Metadata(label = "listDurableExecutionsByFunction", javaType = "java.util.List<String>",
              description = "Only list executions in these states, e.g. RUNNING or FAILED; a List or comma-separated String.")
    public static final String STATUSES = "CamelLambdaOpsStatuses";

    @Metadata(label = "createCapacityProvider,createFunction,updateFunctionConfiguration", javaType = "java.util.List<String>",
              description = "VPC subnet ids of a function or capacity provider; a List or comma-separated String. Maps to VpcConfig.SubnetIds.")
    public static final String SUBNET_IDS = "CamelLambdaOpsSubnetIds";

    @Metadata(label = "untagResource", javaType = "java.util.List<String>",
              description = "Keys of the tags to remove; a List or comma-separated String.")
    public static final String TAG_KEYS = "CamelLambdaOpsTagKeys";

    @Metadata(label = "createCapacityProvider,createCodeSigningConfig,createEventSourceMapping,createFunction,tagResource", javaType = "java.util.Map<String,String>",
              description = "Tags of the resource created (function, event source mapping, code signing config, capacity provider) or to add with tagResource; a Map or a String K=V,K2=V2.")
    public static final String TAGS = "CamelLambdaOpsTags";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "String",
              description = "ARN of the SQS queue or SNS topic receiving failed asynchronous events. Maps to DeadLetterConfig.TargetArn.")
    public static final String TARGET_ARN = "CamelLambdaOpsTargetArn";

    @Metadata(label = "createCapacityProvider,updateCapacityProvider", javaType = "software.amazon.awssdk.services.lambda.model.CapacityProviderTelemetryConfig",
              description = "Telemetry settings of the capacity provider's instances.")
    public static final String TELEMETRY_CONFIG = "CamelLambdaOpsTelemetryConfig";

    @Metadata(label = "createFunction", javaType = "software.amazon.awssdk.services.lambda.model.TenancyConfig",
              description = "Tenant isolation mode of the function.")
    public static final String TENANCY_CONFIG = "CamelLambdaOpsTenancyConfig";

    @Metadata(label = "invoke,invokeWithResponseStream", javaType = "String",
              description = "Identifier of the tenant an invoke of a tenant-isolated function runs for.")
    public static final String TENANT_ID = "CamelLambdaOpsTenantId";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "Integer",
              description = "Seconds the function may run (1 to 900).")
    public static final String TIMEOUT = "CamelLambdaOpsTimeout";

    @Metadata(label = "createEventSourceMapping", javaType = "java.util.List<String>",
              description = "For Kafka sources: the topic to consume; a List or comma-separated String.")
    public static final String TOPICS = "CamelLambdaOpsTopics";

    @Metadata(label = "createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.TracingConfig",
              description = "The whole tracing configuration; Mode sets it alone.")
    public static final String TRACING_CONFIG = "CamelLambdaOpsTracingConfig";

    @Metadata(label = "createEventSourceMapping,updateEventSourceMapping", javaType = "Integer",
              description = "For stream sources: seconds of the window over which the function aggregates state (0 to 900).")
    public static final String TUMBLING_WINDOW_IN_SECONDS = "CamelLambdaOpsTumblingWindowInSeconds";

    @Metadata(label = "putRuntimeManagementConfig", javaType = "String",
              description = "When the function's runtime is updated: Auto, FunctionUpdate or Manual.")
    public static final String UPDATE_RUNTIME_ON = "CamelLambdaOpsUpdateRuntimeOn";

    @Metadata(label = "checkpointDurableExecution", javaType = "java.util.List<software.amazon.awssdk.services.lambda.model.OperationUpdate>",
              description = "State changes the checkpoint applies to the durable execution.")
    public static final String UPDATES = "CamelLambdaOpsUpdates";

    @Metadata(label = "deleteEventSourceMapping,getEventSourceMapping,updateEventSourceMapping", javaType = "String",
              description = "Identifier (UUID) of the event source mapping.")
    public static final String UUID = "CamelLambdaOpsUuid";

    @Metadata(label = "addLayerVersionPermission,deleteLayerVersion,getLayerVersion,getLayerVersionPolicy,removeLayerVersionPermission", javaType = "Long",
              description = "Version number of the layer version.")
    public static final String VERSION_NUMBER = "CamelLambdaOpsVersionNumber";

    @Metadata(label = "createCapacityProvider,createFunction,updateFunctionConfiguration", javaType = "software.amazon.awssdk.services.lambda.model.VpcConfig",
              description = "The whole VPC configuration (VpcConfig; CapacityProviderVpcConfig for createCapacityProvider); SubnetIds and SecurityGroupIds set its lists alone.")
    public static final String VPC_CONFIG = "CamelLambdaOpsVpcConfig";

    @Metadata(label = "createFunction,publishLayerVersion,updateFunctionCode", javaType = "byte[]",
              description = "The zip of the deployment package or layer archive: a byte array, ByteBuffer, InputStream, File or Path, or a base64 String. Maps to Code.ZipFile or Content.ZipFile where the request has no ZipFile of its own; without any code location the message body is the zip.")
    public static final String ZIP_FILE = "CamelLambdaOpsZipFile";

    private LambdaOpsConstants() {
    }
}
