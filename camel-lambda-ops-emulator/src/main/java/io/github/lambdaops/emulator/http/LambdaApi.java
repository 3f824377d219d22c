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
                .route(POST, FUNCTIONS, functions::createFunction)
                .route(GET, FUNCTIONS, functions::listFunctions)
                .route(GET, FUNCTION, functions::getFunction)
                .route(DELETE, FUNCTION, functions::deleteFunction)
                .route(GET, FUNCTION + "/configuration", functions::getFunctionConfiguration)
                .route(POST, FUNCTION + "/versions", functions::publishVersion)
                .route(GET, FUNCTION + "/versions", functions::listVersionsByFunction)
                .route(POST, FUNCTION + "/policy", permissions::addPermission)
                .route(GET, FUNCTION + "/policy", permissions::getPolicy)
                .route(DELETE, FUNCTION + "/policy/{StatementId}", permissions::removePermission)
                .routeAsync(POST, FUNCTION + "/invocations", invoke::invoke)
                .routeAsync(POST, "/2014-11-13/functions/{FunctionName}/invoke-async", invoke::invokeAsync)
                .routeAsync(POST, "/2021-11-15/functions/{FunctionName}/response-streaming-invocations",
                        invoke::invokeWithResponseStream)
                .route(GET, "/_lambda-ops/code/{FunctionName}", functions::downloadCode)
                .build();
    }
}
