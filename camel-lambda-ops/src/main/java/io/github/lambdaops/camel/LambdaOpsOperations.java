package io.github.lambdaops.camel;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.binding.BodyRole;
import io.github.lambdaops.camel.binding.RequestSpec;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.*;

/**
 * The Lambda API actions this component performs. Each entry names the SDK request type and the client methods that
 * send it; headers are bound to the request generically (see {@code RequestBinder}), so an action is one entry here.
 * The name of an entry is the value of the {@code operation} option and of the {@code CamelLambdaOpsOperation} header.
 */
public enum LambdaOpsOperations implements RequestSpec {

    addPermission(AddPermissionRequest.class, LambdaAsyncClient::addPermission, LambdaClient::addPermission,
            "StatementId", "Action", "Principal"),
    createFunction(CreateFunctionRequest.class, LambdaAsyncClient::createFunction, LambdaClient::createFunction,
            BodyRole.DEPLOYMENT_PACKAGE, "FunctionName", "Role", "Code"),
    deleteFunction(DeleteFunctionRequest.class, LambdaAsyncClient::deleteFunction, LambdaClient::deleteFunction),
    getFunction(GetFunctionRequest.class, LambdaAsyncClient::getFunction, LambdaClient::getFunction),
    getFunctionConfiguration(GetFunctionConfigurationRequest.class, LambdaAsyncClient::getFunctionConfiguration,
            LambdaClient::getFunctionConfiguration),
    getPolicy(GetPolicyRequest.class, LambdaAsyncClient::getPolicy, LambdaClient::getPolicy),
    invoke(InvokeRequest.class, LambdaAsyncClient::invoke, LambdaClient::invoke, BodyRole.PAYLOAD),
    listFunctions(ListFunctionsRequest.class, LambdaAsyncClient::listFunctions, LambdaClient::listFunctions),
    publishVersion(PublishVersionRequest.class, LambdaAsyncClient::publishVersion, LambdaClient::publishVersion),
    removePermission(RemovePermissionRequest.class, LambdaAsyncClient::removePermission,
            LambdaClient::removePermission);

    private final Class<? extends LambdaRequest> requestType;
    private final BiFunction<LambdaAsyncClient, LambdaRequest, CompletableFuture<? extends LambdaResponse>> asyncCall;
    private final BiFunction<LambdaClient, LambdaRequest, ? extends LambdaResponse> syncCall;
    private final BodyRole bodyRole;
    private final Set<String> requiredBodyMembers;

    <R extends LambdaRequest> LambdaOpsOperations(Class<R> requestType,
                                                  BiFunction<LambdaAsyncClient, R, CompletableFuture<? extends LambdaResponse>> asyncCall,
                                                  BiFunction<LambdaClient, R, ? extends LambdaResponse> syncCall,
                                                  String... requiredBodyMembers) {
        this(requestType, asyncCall, syncCall, BodyRole.NONE, requiredBodyMembers);
    }

    @SuppressWarnings("unchecked")
    <R extends LambdaRequest> LambdaOpsOperations(Class<R> requestType,
                                                  BiFunction<LambdaAsyncClient, R, CompletableFuture<? extends LambdaResponse>> asyncCall,
                                                  BiFunction<LambdaClient, R, ? extends LambdaResponse> syncCall,
                                                  BodyRole bodyRole, String... requiredBodyMembers) {
        this.requestType = requestType;
        this.bodyRole = bodyRole;
        this.asyncCall = (BiFunction<LambdaAsyncClient, LambdaRequest, CompletableFuture<? extends LambdaResponse>>) (Object) asyncCall;
        this.syncCall = (BiFunction<LambdaClient, LambdaRequest, ? extends LambdaResponse>) (Object) syncCall;
        this.requiredBodyMembers = Set.of(requiredBodyMembers);
    }

    @Override
    public Class<? extends LambdaRequest> requestType() {
        return requestType;
    }

    @Override
    public BodyRole bodyRole() {
        return bodyRole;
    }

    /**
     * Members the Lambda API requires in the request body. Members bound into the request path are required anyway
     * and are derived from the SDK's metadata.
     */
    @Override
    public Set<String> requiredBodyMembers() {
        return requiredBodyMembers;
    }

    public CompletableFuture<? extends LambdaResponse> call(LambdaAsyncClient client, LambdaRequest request) {
        return asyncCall.apply(client, request);
    }

    public LambdaResponse call(LambdaClient client, LambdaRequest request) {
        return syncCall.apply(client, request);
    }

    /** Parses an operation name (case-insensitive, so AWS's {@code CreateFunction} works too), failing with the valid names. */
    public static LambdaOpsOperations fromName(String name, String source) {
        for (LambdaOpsOperations operation : values()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException(
                source + " has an unknown operation '" + name + "'; expected one of " + names());
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).sorted().collect(Collectors.toList());
    }
}
