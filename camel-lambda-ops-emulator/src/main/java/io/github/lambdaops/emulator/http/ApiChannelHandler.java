package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.ErrorType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP skin: turns each aggregated HTTP request into an {@link ApiRequest} of the action the router matches (once),
 * passes it through the interceptors to the action's handler, and writes the answer.
 */
@ChannelHandler.Sharable
final class ApiChannelHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiChannelHandler.class);

    private final RouteTable routes;
    private final List<Interceptor> interceptors;
    private final ServedAccount account;
    private final LongAdder requestCount;

    ApiChannelHandler(RouteTable routes, List<Interceptor> interceptors, ServedAccount account, LongAdder requestCount) {
        this.routes = routes;
        this.interceptors = List.copyOf(interceptors);
        this.account = account;
        this.requestCount = requestCount;
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
        RouteTable.Match match;
        try {
            match = routes.match(request.method(), uri.rawPath(), uri.parameters()).orElseThrow(() -> new ApiException(
                    ErrorType.UNKNOWN_OPERATION, "Unknown operation: " + request.method() + " " + uri.rawPath()));
        } catch (IllegalArgumentException e) {
            // a malformed %-escape in the path or the query, which Netty and URLDecoder refuse to decode
            throw ApiException.invalidParameter("The request URI is not valid: " + e.getMessage());
        }
        ApiRequest routed = new ApiRequest(match.action(), request.method(), uri.rawPath(), match.pathParameters(),
                uri.parameters(), request.headers(), ByteBufUtil.getBytes(request.content()), account);
        return proceed(0, match.handler(), routed);
    }

    /** The interceptors from {@code index} on, then the handler. */
    private CompletionStage<ApiResponse> proceed(int index, RouteTable.AsyncAction handler, ApiRequest request)
            throws Exception {
        if (index == interceptors.size()) {
            return handler.handle(request);
        }
        return interceptors.get(index).intercept(request, next -> proceed(index + 1, handler, next));
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
        return answer.dropConnection() ? writeHalfAndClose(ctx, response) : ctx.writeAndFlush(response);
    }

    /** The status line and headers (with the full Content-Length), half the body, then the connection closes. */
    private static ChannelFuture writeHalfAndClose(ChannelHandlerContext ctx, FullHttpResponse response) {
        try {
            ctx.write(new DefaultHttpResponse(response.protocolVersion(), response.status(), response.headers().copy()));
            ByteBuf body = response.content();
            ByteBuf half = body.retainedSlice(body.readerIndex(), body.readableBytes() / 2);
            return ctx.writeAndFlush(new DefaultHttpContent(half)).addListener(ChannelFutureListener.CLOSE);
        } finally {
            response.release();
        }
    }

    private static <R extends HttpResponse> R withHead(R response, ApiResponse answer, boolean keepAlive) {
        HttpUtil.setKeepAlive(response, keepAlive);
        answer.headers().forEach(response.headers()::set);
        if (!response.headers().contains(ApiResponse.REQUEST_ID)) {
            response.headers().set(ApiResponse.REQUEST_ID, RequestIds.next());
        }
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
