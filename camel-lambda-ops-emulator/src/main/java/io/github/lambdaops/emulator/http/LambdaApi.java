package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.InvocationService;
import io.github.lambdaops.emulator.state.FunctionStore;

import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;

/** The routes of the Lambda API: one entry per action. */
public final class LambdaApi {
    private static final String FUNCTIONS = "/2015-03-31/functions";
    private static final String FUNCTION = FUNCTIONS + "/{FunctionName}";

    private LambdaApi() {
    }

    public static RouteTable routes(FunctionStore store, InvocationService invocations) {
        FunctionsApi functions = new FunctionsApi(store, invocations);
        PermissionsApi permissions = new PermissionsApi(store);
        InvokeApi invoke = new InvokeApi(store, invocations);
        return RouteTable.builder()
                .route("CreateFunction", POST, FUNCTIONS, functions::createFunction)
                .route("ListFunctions", GET, FUNCTIONS, functions::listFunctions)
                .route("GetFunction", GET, FUNCTION, functions::getFunction)
                .route("DeleteFunction", DELETE, FUNCTION, functions::deleteFunction)
                .route("GetFunctionConfiguration", GET, FUNCTION + "/configuration", functions::getFunctionConfiguration)
                .route("PublishVersion", POST, FUNCTION + "/versions", functions::publishVersion)
                .route("ListVersionsByFunction", GET, FUNCTION + "/versions", functions::listVersionsByFunction)
                .route("AddPermission", POST, FUNCTION + "/policy", permissions::addPermission)
                .route("GetPolicy", GET, FUNCTION + "/policy", permissions::getPolicy)
                .route("RemovePermission", DELETE, FUNCTION + "/policy/{StatementId}", permissions::removePermission)
                .routeAsync("Invoke", POST, FUNCTION + "/invocations", invoke::invoke)
                .routeAsync("InvokeAsync", POST, "/2014-11-13/functions/{FunctionName}/invoke-async", invoke::invokeAsync)
                .route("DownloadCode", GET, "/_lambda-ops/code/{FunctionName}", functions::downloadCode)
                .build();
    }
}
