package io.github.lambdaops.camel.springboot;

import java.time.Duration;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.LambdaOpsOperations;
import io.github.lambdaops.camel.LambdaOpsTransport;
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
     * The Lambda API action to perform, in lowerCamelCase (AWS's UpperCamelCase names are accepted too). The header
     * CamelLambdaOpsOperation overrides it per message.
     */
    private LambdaOpsOperations operation = LambdaOpsOperations.invoke;

    /**
     * The AWS region of the Lambda API, e.g. eu-west-1. Without it the SDK's default region chain (the aws.region
     * system property, AWS_REGION, the profile) is used.
     */
    private String region;

    /**
     * Send requests to uriEndpointOverride instead of the region's AWS endpoint (LocalStack, the embedded emulator, a
     * VPC endpoint).
     */
    private Boolean overrideEndpoint = false;

    /**
     * The endpoint URI used when overrideEndpoint is true, e.g. http://127.0.0.1:4566.
     */
    private String uriEndpointOverride;

    /**
     * Default function version or alias of the call; the header CamelLambdaOpsQualifier overrides it.
     */
    private String qualifier;

    /**
     * How list operations answer: page (one page; the body is the SDK response, CamelLambdaOpsMarker/MaxItems page
     * through) or all (every page fetched with the SDK's paginator; the body is the List of all items). The header
     * CamelLambdaOpsPagination overrides it.
     */
    private String pagination;

    /**
     * An AWS SDK waiter run after the call succeeded, before the exchange goes on (without blocking a thread):
     * functionActive, functionActiveV2, functionExists, functionUpdated, functionUpdatedV2 or
     * publishedVersionActive. The header CamelLambdaOpsWaitUntil overrides it.
     */
    private String waitUntil;

    /**
     * Default invocation type of invoke (RequestResponse, Event or DryRun; RequestResponse when unset); the header
     * CamelLambdaOpsInvocationType overrides it.
     */
    private String invocationType;

    /**
     * Default log type of invoke (None or Tail; None when unset); Tail returns the last 4 KB of the function's log in
     * the header CamelLambdaOpsLogResult. The header CamelLambdaOpsLogType overrides it.
     */
    private String logType;

    /**
     * Fail the exchange with a FunctionErrorException when an invoked function fails (HTTP 200 with a FunctionError).
     * When false the response is the body as for a success and the header CamelLambdaOpsFunctionError tells the
     * failure.
     */
    private Boolean functionErrorAsException = true;

    /**
     * The message body is the SDK request of the operation (InvokeRequest, CreateFunctionRequest, ...) and is sent as
     * it is; headers are not read.
     */
    private Boolean pojoRequest = false;

    /**
     * Whether the producer should be started lazy (on the first message), so that a producer that fails to start (no
     * region, no credentials) fails the first exchange, where the route's error handler can deal with it, rather than
     * the start of the route.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Amazon AWS access key id. Secret: masked in Camel's logs and endpoint URIs; set it from the environment or a
     * vault, not in a committed file.
     */
    private String accessKey;

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
     * Use accessKey, secretKey and sessionToken as temporary session credentials.
     */
    private Boolean useSessionCredentials = false;

    /**
     * Use the SDK's default credentials provider chain (environment, system properties, profile, container and instance
     * roles).
     */
    private Boolean useDefaultCredentialsProvider = false;

    /**
     * Use the credentials of a profile of the AWS config and credentials files.
     */
    private Boolean useProfileCredentialsProvider = false;

    /**
     * The profile to use with useProfileCredentialsProvider.
     */
    private String profileCredentialsName;

    /**
     * Trust every TLS certificate, for test endpoints only.
     */
    private Boolean trustAllCertificates = false;

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
     * Time allowed for a whole API call including its retries (e.g. 90s); unset for the SDK default (none). Set it
     * above the function's timeout for synchronous invokes.
     */
    private Duration apiCallTimeout;

    /**
     * Time allowed for one HTTP attempt of an API call (e.g. 30s); unset for the SDK default (none).
     */
    private Duration apiCallAttemptTimeout;

    /**
     * The SDK's retry strategy: standard, adaptive or legacy; unset for the SDK default (standard).
     */
    private String retryMode;

    /**
     * Most attempts of a call, the first included (1 disables retries); unset for the retry mode's default.
     */
    private Integer maxAttempts;

    /**
     * Most concurrent HTTP connections (and so requests in flight) of the built client; unset for the SDK default (50).
     */
    private Integer maxConnections;

    /**
     * How the built client sends calls: auto (unset) - a thread that waits for its exchange makes the call itself on
     * the synchronous client, other threads leave it in flight on the asynchronous client; sync - every call on the
     * exchange's thread (Apache 5 HTTP), the least CPU per call; async - the asynchronous client (Netty) only, many
     * calls in flight on few threads at about 1.8 times the CPU per call.
     */
    private LambdaOpsTransport transport;

    /**
     * A synchronous LambdaClient to use instead of building one, as a bean reference (#bean:name). Without it a single
     * LambdaClient bean of the application context is used; calls then block the route's thread.
     */
    private LambdaClient awsLambdaClient;

    /**
     * An asynchronous LambdaAsyncClient to use instead of building one, as a bean reference (#bean:name). Without it a
     * single LambdaAsyncClient bean of the application context is used.
     */
    private LambdaAsyncClient awsLambdaAsyncClient;

    /**
     * A whole LambdaOpsConfiguration bean (#bean:name) every endpoint starts from; the options above are applied on top
     * of it.
     */
    private LambdaOpsConfiguration configuration;

    /**
     * Whether the component looks up a single bean of the type of each autowired option (awsLambdaClient,
     * awsLambdaAsyncClient) in the application context.
     */
    private Boolean autowiredEnabled = true;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public LambdaOpsOperations getOperation() {
        return operation;
    }

    public void setOperation(LambdaOpsOperations operation) {
        this.operation = operation;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Boolean getOverrideEndpoint() {
        return overrideEndpoint;
    }

    public void setOverrideEndpoint(Boolean overrideEndpoint) {
        this.overrideEndpoint = overrideEndpoint;
    }

    public String getUriEndpointOverride() {
        return uriEndpointOverride;
    }

    public void setUriEndpointOverride(String uriEndpointOverride) {
        this.uriEndpointOverride = uriEndpointOverride;
    }

    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    public String getPagination() {
        return pagination;
    }

    public void setPagination(String pagination) {
        this.pagination = pagination;
    }

    public String getWaitUntil() {
        return waitUntil;
    }

    public void setWaitUntil(String waitUntil) {
        this.waitUntil = waitUntil;
    }

    public String getInvocationType() {
        return invocationType;
    }

    public void setInvocationType(String invocationType) {
        this.invocationType = invocationType;
    }

    public String getLogType() {
        return logType;
    }

    public void setLogType(String logType) {
        this.logType = logType;
    }

    public Boolean getFunctionErrorAsException() {
        return functionErrorAsException;
    }

    public void setFunctionErrorAsException(Boolean functionErrorAsException) {
        this.functionErrorAsException = functionErrorAsException;
    }

    public Boolean getPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(Boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
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

    public Boolean getUseSessionCredentials() {
        return useSessionCredentials;
    }

    public void setUseSessionCredentials(Boolean useSessionCredentials) {
        this.useSessionCredentials = useSessionCredentials;
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

    public String getProfileCredentialsName() {
        return profileCredentialsName;
    }

    public void setProfileCredentialsName(String profileCredentialsName) {
        this.profileCredentialsName = profileCredentialsName;
    }

    public Boolean getTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(Boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
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

    public Duration getApiCallTimeout() {
        return apiCallTimeout;
    }

    public void setApiCallTimeout(Duration apiCallTimeout) {
        this.apiCallTimeout = apiCallTimeout;
    }

    public Duration getApiCallAttemptTimeout() {
        return apiCallAttemptTimeout;
    }

    public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
        this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    }

    public String getRetryMode() {
        return retryMode;
    }

    public void setRetryMode(String retryMode) {
        this.retryMode = retryMode;
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

    public LambdaOpsTransport getTransport() {
        return transport;
    }

    public void setTransport(LambdaOpsTransport transport) {
        this.transport = transport;
    }

    public LambdaClient getAwsLambdaClient() {
        return awsLambdaClient;
    }

    public void setAwsLambdaClient(LambdaClient awsLambdaClient) {
        this.awsLambdaClient = awsLambdaClient;
    }

    public LambdaAsyncClient getAwsLambdaAsyncClient() {
        return awsLambdaAsyncClient;
    }

    public void setAwsLambdaAsyncClient(LambdaAsyncClient awsLambdaAsyncClient) {
        this.awsLambdaAsyncClient = awsLambdaAsyncClient;
    }

    public LambdaOpsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LambdaOpsConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

}
