package io.github.lambdaops.camel.springboot;

import java.time.Duration;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.LambdaOpsOperations;
import io.github.lambdaops.camel.options.InvocationType;
import io.github.lambdaops.camel.options.LogType;
import io.github.lambdaops.camel.options.Pagination;
import io.github.lambdaops.camel.options.RetryMode;
import io.github.lambdaops.camel.options.Transport;
import io.github.lambdaops.camel.options.WaitUntil;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;
import software.amazon.awssdk.core.Protocol;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The {@code camel.component.lambda-ops.*} properties: every option of the lambda-ops component, applied to it once
 * for all its endpoints. An option left unset keeps the component's default. The Spring Boot configuration processor
 * turns this Javadoc into the metadata IDEs complete the properties from.
 */
@ConfigurationProperties(prefix = LambdaOpsComponentConfiguration.PREFIX)
public class LambdaOpsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.lambda-ops";

    /**
     * Whether to enable auto configuration of the lambda-ops component. This is enabled by default.
     */
    private boolean enabled = true;

    /**
     * The options every endpoint of this component starts from.
     */
    private LambdaOpsConfiguration configuration;

    /**
     * Fail the exchange with a FunctionErrorException when an invoked function fails (HTTP 200 with a FunctionError).
     * When false the response is the body as for a success and the header CamelLambdaOpsFunctionError tells the
     * failure.
     */
    private Boolean functionErrorAsException = true;

    /**
     * Default invocation type of invoke; the header CamelLambdaOpsInvocationType overrides it.
     */
    private InvocationType invocationType = InvocationType.RequestResponse;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Default log type of invoke; Tail returns the last 4 KB of the function's log in the header
     * CamelLambdaOpsLogResult. The header CamelLambdaOpsLogType overrides it.
     */
    private LogType logType = LogType.None;

    /**
     * The Lambda API action to perform, in lowerCamelCase (AWS's UpperCamelCase names are accepted too). The header
     * CamelLambdaOpsOperation overrides it per message.
     */
    private LambdaOpsOperations operation = LambdaOpsOperations.invoke;

    /**
     * Send requests to uriEndpointOverride instead of the region's AWS endpoint (LocalStack, the embedded emulator, a
     * VPC endpoint).
     */
    private Boolean overrideEndpoint = false;

    /**
     * For operations the SDK paginates (listFunctions, listAliases, listVersionsByFunction, ...): page sends one
     * request and the body is its response (use the Marker and MaxItems headers to page); all fetches every page with
     * the SDK's paginator and the body is the List of all items (the FunctionConfigurations of listFunctions, ...). The
     * header CamelLambdaOpsPagination overrides it.
     */
    private Pagination pagination = Pagination.page;

    /**
     * The message body is the SDK request of the operation (InvokeRequest, CreateFunctionRequest, ...) and is sent as
     * it is; headers are not read.
     */
    private Boolean pojoRequest = false;

    /**
     * Default function version or alias of the call; the header CamelLambdaOpsQualifier overrides it.
     */
    private String qualifier;

    /**
     * The AWS region of the Lambda API, e.g. eu-west-1. Without it the SDK's default region chain (the aws.region
     * system property, AWS_REGION, the profile) is used.
     */
    private String region;

    /**
     * The endpoint URI used when overrideEndpoint is true, e.g. http://127.0.0.1:4566.
     */
    private String uriEndpointOverride;

    /**
     * After the call succeeded, run this waiter of the AWS SDK on the function the call named (the FunctionArn of the
     * response, else the FunctionName and Qualifier of the request) before the exchange goes on, without blocking a
     * thread with the asynchronous client: e.g. functionActiveV2 after createFunction, functionUpdatedV2 after
     * updateFunctionCode, publishedVersionActive after publishVersion. The header CamelLambdaOpsWaitUntil overrides it.
     */
    private WaitUntil waitUntil;

    /**
     * Time allowed for one HTTP attempt of an API call, as a duration (30s, PT30S, or milliseconds); 0 for the SDK
     * default (none).
     */
    private Duration apiCallAttemptTimeout;

    /**
     * Time allowed for a whole API call including its retries, as a duration (90s, 1m30s, PT90S, or milliseconds); 0
     * for the SDK default (none). Set it above the function's timeout for synchronous invokes.
     */
    private Duration apiCallTimeout;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * An asynchronous LambdaAsyncClient to use instead of building one, e.g. #bean:name. If exactly one
     * LambdaAsyncClient bean is in the registry it is used.
     */
    private LambdaAsyncClient awsLambdaAsyncClient;

    /**
     * A synchronous LambdaClient to use instead of building one, e.g. #bean:name. If exactly one LambdaClient bean is
     * in the registry it is used; calls then block the route's thread.
     */
    private LambdaClient awsLambdaClient;

    /**
     * Most attempts of a call, the first included (1 disables retries); 0 for the retry mode's default.
     */
    private Integer maxAttempts;

    /**
     * Most concurrent HTTP connections (and so requests in flight) of the built client; 0 for the SDK default (50).
     */
    private Integer maxConnections;

    /**
     * The SDK's retry strategy; empty for the SDK default (standard).
     */
    private RetryMode retryMode;

    /**
     * How the client the endpoint builds sends calls. auto: a thread that waits for its exchange makes the call itself
     * on the synchronous client, other threads leave it in flight on the asynchronous client; sync: every call on the
     * exchange's thread with the synchronous client (Apache 5 HTTP), the least CPU per call, a thread per call in
     * flight; async: the asynchronous client (Netty) only, many calls in flight on few threads at about 1.8 times the
     * CPU per call. Not used when awsLambdaClient or awsLambdaAsyncClient is set: a client given is used as it is, and
     * with both each thread gets the one that suits it, as with auto.
     */
    private Transport transport = Transport.auto;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default
     * disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Host of an HTTP proxy for the Lambda client.
     */
    private String proxyHost;

    /**
     * Port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * Protocol used to reach the proxy.
     */
    private Protocol proxyProtocol = Protocol.HTTPS;

    /**
     * Amazon AWS access key id. Secret: masked in Camel's logs and endpoint URIs; set it from the environment or a
     * vault, not in a committed file.
     */
    private String accessKey;

    /**
     * ARN of an IAM role to assume with STS AssumeRole, on top of whichever credentials the other options choose; the
     * temporary credentials are renewed before they expire.
     */
    private String assumeRoleArn;

    /**
     * External id the role's trust policy requires, if any; used with assumeRoleArn. Secret: masked in Camel's logs and
     * endpoint URIs.
     */
    private String assumeRoleExternalId;

    /**
     * Session name of the assumed role, as CloudTrail shows it: 2 to 64 letters, digits or the signs IAM allows in
     * names; used with assumeRoleArn.
     */
    private String assumeRoleSessionName = "camel-lambda-ops";

    /**
     * The profile to use with useProfileCredentialsProvider.
     */
    private String profileCredentialsName;

    /**
     * Amazon AWS secret access key. Secret: masked in Camel's logs and endpoint URIs; set it from the environment or a
     * vault, not in a committed file.
     */
    private String secretKey;

    /**
     * Session token of temporary credentials; used with useSessionCredentials. Secret: masked in Camel's logs and
     * endpoint URIs.
     */
    private String sessionToken;

    /**
     * Trust every TLS certificate, for test endpoints only.
     */
    private Boolean trustAllCertificates = false;

    /**
     * Use the SDK's default credentials provider chain: environment, system properties, web identity (EKS IRSA:
     * AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE), profile, container (ECS, EKS Pod Identity) and instance roles.
     */
    private Boolean useDefaultCredentialsProvider = false;

    /**
     * Use the credentials of a profile of the AWS config and credentials files.
     */
    private Boolean useProfileCredentialsProvider = false;

    /**
     * Use accessKey, secretKey and sessionToken as temporary session credentials.
     */
    private Boolean useSessionCredentials = false;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public LambdaOpsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LambdaOpsConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getFunctionErrorAsException() {
        return functionErrorAsException;
    }

    public void setFunctionErrorAsException(Boolean functionErrorAsException) {
        this.functionErrorAsException = functionErrorAsException;
    }

    public InvocationType getInvocationType() {
        return invocationType;
    }

    public void setInvocationType(InvocationType invocationType) {
        this.invocationType = invocationType;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public LogType getLogType() {
        return logType;
    }

    public void setLogType(LogType logType) {
        this.logType = logType;
    }

    public LambdaOpsOperations getOperation() {
        return operation;
    }

    public void setOperation(LambdaOpsOperations operation) {
        this.operation = operation;
    }

    public Boolean getOverrideEndpoint() {
        return overrideEndpoint;
    }

    public void setOverrideEndpoint(Boolean overrideEndpoint) {
        this.overrideEndpoint = overrideEndpoint;
    }

    public Pagination getPagination() {
        return pagination;
    }

    public void setPagination(Pagination pagination) {
        this.pagination = pagination;
    }

    public Boolean getPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(Boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getUriEndpointOverride() {
        return uriEndpointOverride;
    }

    public void setUriEndpointOverride(String uriEndpointOverride) {
        this.uriEndpointOverride = uriEndpointOverride;
    }

    public WaitUntil getWaitUntil() {
        return waitUntil;
    }

    public void setWaitUntil(WaitUntil waitUntil) {
        this.waitUntil = waitUntil;
    }

    public Duration getApiCallAttemptTimeout() {
        return apiCallAttemptTimeout;
    }

    public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
        this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    }

    public Duration getApiCallTimeout() {
        return apiCallTimeout;
    }

    public void setApiCallTimeout(Duration apiCallTimeout) {
        this.apiCallTimeout = apiCallTimeout;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public LambdaAsyncClient getAwsLambdaAsyncClient() {
        return awsLambdaAsyncClient;
    }

    public void setAwsLambdaAsyncClient(LambdaAsyncClient awsLambdaAsyncClient) {
        this.awsLambdaAsyncClient = awsLambdaAsyncClient;
    }

    public LambdaClient getAwsLambdaClient() {
        return awsLambdaClient;
    }

    public void setAwsLambdaClient(LambdaClient awsLambdaClient) {
        this.awsLambdaClient = awsLambdaClient;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public RetryMode getRetryMode() {
        return retryMode;
    }

    public void setRetryMode(RetryMode retryMode) {
        this.retryMode = retryMode;
    }

    public Transport getTransport() {
        return transport;
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public Protocol getProxyProtocol() {
        return proxyProtocol;
    }

    public void setProxyProtocol(Protocol proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getAssumeRoleArn() {
        return assumeRoleArn;
    }

    public void setAssumeRoleArn(String assumeRoleArn) {
        this.assumeRoleArn = assumeRoleArn;
    }

    public String getAssumeRoleExternalId() {
        return assumeRoleExternalId;
    }

    public void setAssumeRoleExternalId(String assumeRoleExternalId) {
        this.assumeRoleExternalId = assumeRoleExternalId;
    }

    public String getAssumeRoleSessionName() {
        return assumeRoleSessionName;
    }

    public void setAssumeRoleSessionName(String assumeRoleSessionName) {
        this.assumeRoleSessionName = assumeRoleSessionName;
    }

    public String getProfileCredentialsName() {
        return profileCredentialsName;
    }

    public void setProfileCredentialsName(String profileCredentialsName) {
        this.profileCredentialsName = profileCredentialsName;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public void setSessionToken(String sessionToken) {
        this.sessionToken = sessionToken;
    }

    public Boolean getTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(Boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    public Boolean getUseDefaultCredentialsProvider() {
        return useDefaultCredentialsProvider;
    }

    public void setUseDefaultCredentialsProvider(Boolean useDefaultCredentialsProvider) {
        this.useDefaultCredentialsProvider = useDefaultCredentialsProvider;
    }

    public Boolean getUseProfileCredentialsProvider() {
        return useProfileCredentialsProvider;
    }

    public void setUseProfileCredentialsProvider(Boolean useProfileCredentialsProvider) {
        this.useProfileCredentialsProvider = useProfileCredentialsProvider;
    }

    public Boolean getUseSessionCredentials() {
        return useSessionCredentials;
    }

    public void setUseSessionCredentials(Boolean useSessionCredentials) {
        this.useSessionCredentials = useSessionCredentials;
    }
}
