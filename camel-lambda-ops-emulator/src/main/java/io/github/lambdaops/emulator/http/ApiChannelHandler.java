package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.state.ApiException;
import io.github.lambdaops.emulator.state.ErrorType;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/** Turns each aggregated HTTP request into an {@link ApiRequest}, runs its route's action and writes the answer. */
@ChannelHandler.Sharable
final class ApiChannelHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiChannelHandler.class);

    private final RouteTable routes;
    private final LongAdder requestCount;
    private final String defaultRegion;

    ApiChannelHandler(RouteTable routes, LongAdder requestCount, String defaultRegion) {
        this.routes = routes;
        this.requestCount = requestCount;
        this.defaultRegion = defaultRegion;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        requestCount.increment();
        CompletionStage<ApiResponse> response;
        try {
            response = dispatch(request);
        } catch (Exception e) {
            response = CompletableFuture.failedFuture(e);
        }
        HttpVersion version = request.protocolVersion();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        response.whenComplete((answer, error) ->
                write(ctx, answer != null ? answer : ErrorResponses.of(error), version, keepAlive));
    }

    private CompletionStage<ApiResponse> dispatch(FullHttpRequest request) throws Exception {
        if (request.decoderResult().isFailure()) {
            throw ApiException.invalidContent("Malformed HTTP request: " + request.decoderResult().cause());
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        RouteTable.Match match = routes.match(request.method(), uri.rawPath(), uri.parameters()).orElseThrow(() -> new ApiException(
                ErrorType.UNKNOWN_OPERATION, "Unknown operation: " + request.method() + " " + uri.rawPath()));
        ApiRequest apiRequest = new ApiRequest(request.method(), match.pathParameters(), uri.parameters(),
                request.headers(), ByteBufUtil.getBytes(request.content()), defaultRegion);
        return match.action().handle(apiRequest);
    }

    /** Writes an answer in the request's HTTP version, so that HTTP/1.0 keep-alive clients get their header. */
    static ChannelFuture write(ChannelHandlerContext ctx, ApiResponse answer, HttpVersion version, boolean keepAlive) {
        if (answer.streamedBody() != null) {
            return answer.streamedBody().writeTo(ctx,
                    withHead(new DefaultHttpResponse(version, HttpResponseStatus.valueOf(answer.status())), answer, keepAlive));
        }
        FullHttpResponse response = withHead(new DefaultFullHttpResponse(version,
                HttpResponseStatus.valueOf(answer.status()), Unpooled.wrappedBuffer(answer.body())), answer, keepAlive);
        if (answer.status() != 204) {
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        }
        return ctx.writeAndFlush(response);
    }

    private static <R extends HttpResponse> R withHead(R response, ApiResponse answer, boolean keepAlive) {
        HttpUtil.setKeepAlive(response, keepAlive);
        answer.headers().forEach(response.headers()::set);
        response.headers().set("x-amzn-RequestId", RequestIds.next());
        return response;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            LOG.warn("HTTP connection failed", cause);
        }
        ctx.close();
    }
}
