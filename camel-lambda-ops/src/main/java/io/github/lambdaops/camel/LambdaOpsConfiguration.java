package io.github.lambdaops.camel;

import io.github.lambdaops.camel.options.InvocationType;
import io.github.lambdaops.camel.options.LogType;
import io.github.lambdaops.camel.options.Pagination;
import io.github.lambdaops.camel.options.RetryMode;
import io.github.lambdaops.camel.options.Transport;
import io.github.lambdaops.camel.options.WaitUntil;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import software.amazon.awssdk.core.Protocol;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The options of a {@code lambda-ops} endpoint. The component holds one instance as the shared default and each
 * endpoint works on its own copy.
 */
@UriParams
public class LambdaOpsConfiguration implements Cloneable {

    @UriParam(defaultValue = "invoke",
              description = "The Lambda API action to perform, in lowerCamelCase (AWS's UpperCamelCase names are "
                            + "accepted too). The header CamelLambdaOpsOperation overrides it per message.")
    private LambdaOpsOperations operation = LambdaOpsOperations.invoke;

    @UriParam(label = "advanced",
              description = "A synchronous LambdaClient to use instead of building one, e.g. #bean:name. If exactly "
                            + "one LambdaClient bean is in the registry it is used; calls then block the route's "
                            + "thread.")
    @Metadata(autowired = true)
    private LambdaClient awsLambdaClient;

    @UriParam(label = "advanced",
              description = "An asynchronous LambdaAsyncClient to use instead of building one, e.g. #bean:name. If "
                            + "exactly one LambdaAsyncClient bean is in the registry it is used.")
    @Metadata(autowired = true)
    private LambdaAsyncClient awsLambdaAsyncClient;

    @UriParam(description = "The AWS region of the Lambda API, e.g. eu-west-1. Without it the SDK's default region "
                            + "chain (the aws.region system property, AWS_REGION, the profile) is used.")
    private String region;

    @UriParam(label = "security", secret = true,
              description = "Amazon AWS access key id. Secret: masked in Camel's logs and endpoint URIs; set it from "
                            + "the environment or a vault, not in a committed file.")
    private String accessKey;

    @UriParam(label = "security", secret = true,
              description = "Amazon AWS secret access key. Secret: masked in Camel's logs and endpoint URIs; set it "
                            + "from the environment or a vault, not in a committed file.")
    private String secretKey;

    @UriParam(label = "security", secret = true,
              description = "Session token of temporary credentials; used with useSessionCredentials. Secret: "
                            + "masked in Camel's logs and endpoint URIs.")
    private String sessionToken;

    @UriParam(label = "security", defaultValue = "false",
              description = "Use the SDK's default credentials provider chain: environment, system properties, "
                            + "web identity (EKS IRSA: AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE), profile, "
                            + "container (ECS, EKS Pod Identity) and instance roles.")
    private boolean useDefaultCredentialsProvider;

    @UriParam(label = "security", defaultValue = "false",
              description = "Use the credentials of a profile of the AWS config and credentials files.")
    private boolean useProfileCredentialsProvider;

    @UriParam(label = "security", description = "The profile to use with useProfileCredentialsProvider.")
    private String profileCredentialsName;

    @UriParam(label = "security", defaultValue = "false",
              description = "Use accessKey, secretKey and sessionToken as temporary session credentials.")
    private boolean useSessionCredentials;

    @UriParam(label = "security",
              description = "ARN of an IAM role to assume with STS AssumeRole, on top of whichever credentials the "
                            + "other options choose; the temporary credentials are renewed before they expire.")
    private String assumeRoleArn;

    @UriParam(label = "security", defaultValue = "camel-lambda-ops",
              description = "Session name of the assumed role, as CloudTrail shows it: 2 to 64 letters, digits or "
                            + "the signs IAM allows in names; used with assumeRoleArn.")
    private String assumeRoleSessionName = "camel-lambda-ops";

    @UriParam(label = "security", secret = true,
              description = "External id the role's trust policy requires, if any; used with assumeRoleArn. Secret: "
                            + "masked in Camel's logs and endpoint URIs.")
    private String assumeRoleExternalId;

    @UriParam(defaultValue = "false",
              description = "Send requests to uriEndpointOverride instead of the region's AWS endpoint "
                            + "(LocalStack, the embedded emulator, a VPC endpoint).")
    private boolean overrideEndpoint;

    @UriParam(description = "The endpoint URI used when overrideEndpoint is true, e.g. http://127.0.0.1:4566.")
    private String uriEndpointOverride;

    @UriParam(label = "proxy", description = "Host of an HTTP proxy for the Lambda client.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "Port of the HTTP proxy.")
    private Integer proxyPort;

    @UriParam(label = "proxy", defaultValue = "HTTPS", description = "Protocol used to reach the proxy.")
    private Protocol proxyProtocol = Protocol.HTTPS;

    @UriParam(label = "security", defaultValue = "false",
              description = "Trust every TLS certificate, for test endpoints only.")
    private boolean trustAllCertificates;

    @UriParam(defaultValue = "false",
              description = "The message body is the SDK request of the operation (InvokeRequest, "
                            + "CreateFunctionRequest, ...) and is sent as it is; headers are not read.")
    private boolean pojoRequest;

    @UriParam(description = "Default function version or alias of the call; the header CamelLambdaOpsQualifier "
                            + "overrides it.")
    private String qualifier;

    @UriParam(defaultValue = "RequestResponse",
              description = "Default invocation type of invoke; the header CamelLambdaOpsInvocationType overrides it.")
    private InvocationType invocationType;

    @UriParam(defaultValue = "None",
              description = "Default log type of invoke; Tail returns the last 4 KB of the function's log in the "
                            + "header CamelLambdaOpsLogResult. The header CamelLambdaOpsLogType overrides it.")
    private LogType logType;

    @UriParam(defaultValue = "true",
              description = "Fail the exchange with a FunctionErrorException when an invoked function fails (HTTP "
                            + "200 with a FunctionError). When false the response is the body as for a success and "
                            + "the header CamelLambdaOpsFunctionError tells the failure.")
    private boolean functionErrorAsException = true;

    @UriParam(defaultValue = "page",
              description = "For operations the SDK paginates (listFunctions, listAliases, listVersionsByFunction, "
                            + "...): page sends one request and the body is its response (use the Marker and MaxItems "
                            + "headers to page); all fetches every page with the SDK's paginator and the body is the "
                            + "List of all items (the FunctionConfigurations of listFunctions, ...). The header "
                            + "CamelLambdaOpsPagination overrides it.")
    private Pagination pagination = Pagination.page;

    @UriParam(description = "After the call succeeded, run this waiter of the AWS SDK on the function the call "
                            + "named (the FunctionArn of the response, else the FunctionName and Qualifier of the "
                            + "request) before the exchange goes on, without blocking a thread with the asynchronous "
                            + "client: e.g. functionActiveV2 after createFunction, functionUpdatedV2 after "
                            + "updateFunctionCode, publishedVersionActive after publishVersion. The header "
                            + "CamelLambdaOpsWaitUntil overrides it.")
    private WaitUntil waitUntil;

    @UriParam(label = "advanced", javaType = "java.time.Duration",
              description = "Time allowed for a whole API call including its retries, as a duration (90s, 1m30s, "
                            + "PT90S, or milliseconds); 0 for the SDK default (none). Set it above the function's "
                            + "timeout for synchronous invokes.")
    private long apiCallTimeout;

    @UriParam(label = "advanced", javaType = "java.time.Duration",
              description = "Time allowed for one HTTP attempt of an API call, as a duration (30s, PT30S, or "
                            + "milliseconds); 0 for the SDK default (none).")
    private long apiCallAttemptTimeout;

    @UriParam(label = "advanced",
              description = "The SDK's retry strategy; empty for the SDK default (standard).")
    private RetryMode retryMode;

    @UriParam(label = "advanced",
              description = "Most attempts of a call, the first included (1 disables retries); 0 for the retry "
                            + "mode's default.")
    private int maxAttempts;

    @UriParam(label = "advanced",
              description = "Most concurrent HTTP connections (and so requests in flight) of the built client; 0 "
                            + "for the SDK default (50).")
    private int maxConnections;

    @UriParam(label = "advanced", defaultValue = "auto",
              description = "How the client the endpoint builds sends calls. auto: a thread that waits for its exchange "
                            + "makes the call itself on the synchronous client, other threads leave it in flight on "
                            + "the asynchronous client; sync: every call on the exchange's thread with the synchronous "
                            + "client (Apache 5 HTTP), the least CPU per call, a thread per call in flight; async: the "
                            + "asynchronous client (Netty) only, many calls in flight on few threads at about 1.8 "
                            + "times the CPU per call. Not used when awsLambdaClient or awsLambdaAsyncClient is set: "
                            + "a client given is used as it is, and with both each thread gets the one that suits it, "
                            + "as with auto.")
    private Transport transport = Transport.auto;

    public Transport getTransport() {
        return transport;
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    public LambdaOpsConfiguration copy() {
        try {
            return (LambdaOpsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public LambdaOpsOperations getOperation() {
        return operation;
    }

    public void setOperation(LambdaOpsOperations operation) {
        this.operation = operation;
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

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public boolean isUseDefaultCredentialsProvider() {
        return useDefaultCredentialsProvider;
    }

    public void setUseDefaultCredentialsProvider(boolean useDefaultCredentialsProvider) {
        this.useDefaultCredentialsProvider = useDefaultCredentialsProvider;
    }

    public boolean isUseProfileCredentialsProvider() {
        return useProfileCredentialsProvider;
    }

    public void setUseProfileCredentialsProvider(boolean useProfileCredentialsProvider) {
        this.useProfileCredentialsProvider = useProfileCredentialsProvider;
    }

    public String getProfileCredentialsName() {
        return profileCredentialsName;
    }

    public void setProfileCredentialsName(String profileCredentialsName) {
        this.profileCredentialsName = profileCredentialsName;
    }

    public boolean isUseSessionCredentials() {
        return useSessionCredentials;
    }

    public void setUseSessionCredentials(boolean useSessionCredentials) {
        this.useSessionCredentials = useSessionCredentials;
    }

    public String getAssumeRoleArn() {
        return assumeRoleArn;
    }

    public void setAssumeRoleArn(String assumeRoleArn) {
        this.assumeRoleArn = assumeRoleArn;
    }

    public String getAssumeRoleSessionName() {
        return assumeRoleSessionName;
    }

    public void setAssumeRoleSessionName(String assumeRoleSessionName) {
        this.assumeRoleSessionName = assumeRoleSessionName;
    }

    public String getAssumeRoleExternalId() {
        return assumeRoleExternalId;
    }

    public void setAssumeRoleExternalId(String assumeRoleExternalId) {
        this.assumeRoleExternalId = assumeRoleExternalId;
    }

    public boolean isOverrideEndpoint() {
        return overrideEndpoint;
    }

    public void setOverrideEndpoint(boolean overrideEndpoint) {
        this.overrideEndpoint = overrideEndpoint;
    }

    public String getUriEndpointOverride() {
        return uriEndpointOverride;
    }

    public void setUriEndpointOverride(String uriEndpointOverride) {
        this.uriEndpointOverride = uriEndpointOverride;
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

    public boolean isTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    public boolean isPojoRequest() {
        return pojoRequest;
    }

    public void setPojoRequest(boolean pojoRequest) {
        this.pojoRequest = pojoRequest;
    }

    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    public InvocationType getInvocationType() {
        return invocationType;
    }

    public void setInvocationType(InvocationType invocationType) {
        this.invocationType = invocationType;
    }

    public LogType getLogType() {
        return logType;
    }

    public void setLogType(LogType logType) {
        this.logType = logType;
    }

    public boolean isFunctionErrorAsException() {
        return functionErrorAsException;
    }

    public void setFunctionErrorAsException(boolean functionErrorAsException) {
        this.functionErrorAsException = functionErrorAsException;
    }

    public Pagination getPagination() {
        return pagination;
    }

    public void setPagination(Pagination pagination) {
        this.pagination = pagination;
    }

    public WaitUntil getWaitUntil() {
        return waitUntil;
    }

    public void setWaitUntil(WaitUntil waitUntil) {
        this.waitUntil = waitUntil;
    }

    public long getApiCallTimeout() {
        return apiCallTimeout;
    }

    public void setApiCallTimeout(long apiCallTimeout) {
        this.apiCallTimeout = apiCallTimeout;
    }

    public long getApiCallAttemptTimeout() {
        return apiCallAttemptTimeout;
    }

    public void setApiCallAttemptTimeout(long apiCallAttemptTimeout) {
        this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    }

    public RetryMode getRetryMode() {
        return retryMode;
    }

    public void setRetryMode(RetryMode retryMode) {
        this.retryMode = retryMode;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
