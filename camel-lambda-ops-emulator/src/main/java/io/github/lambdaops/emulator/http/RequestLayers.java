package io.github.lambdaops.emulator.http;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.util.Optional;

/**
 * What the layers in front of the route table (strict auth, fault injection) need from it: the API action a request
 * is routed to, and answers written the way the API writes its own.
 */
public final class RequestLayers {

    private RequestLayers() {
    }

    /** The name of the API action ({@code Invoke}) the request is routed to, if any. */
    public static Optional<String> actionOf(RouteTable routes, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        return routes.match(request.method(), uri.rawPath(), uri.parameters()).map(RouteTable.Match::name);
    }

    public static String rawPath(FullHttpRequest request) {
        return new QueryStringDecoder(request.uri()).rawPath();
    }

    /** An AWS error answer: status, {@code X-Amzn-ErrorType} and the JSON body the SDKs parse. */
    public static ApiResponse error(int status, String awsErrorType, String message) {
        return ErrorResponses.of(status, awsErrorType, message);
    }

    /** Answers the request in place of the route table; the caller still owns (and releases) the request. */
    public static ChannelFuture reply(ChannelHandlerContext ctx, FullHttpRequest request, ApiResponse answer) {
        return ApiChannelHandler.write(ctx, answer, request.protocolVersion(), HttpUtil.isKeepAlive(request));
    }
}
