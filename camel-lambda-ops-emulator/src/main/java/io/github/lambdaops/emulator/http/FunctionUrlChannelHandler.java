package io.github.lambdaops.emulator.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
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

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/**
 * The skin of function URLs, in front of the API's: takes the requests {@link FunctionUrlAddress} says are for a
 * function URL (any method and path) to {@link FunctionUrls}, and passes every other request on to the router. A
 * streaming URL's answer goes out in HTTP chunks as the function produces it.
 */
@ChannelHandler.Sharable
final class FunctionUrlChannelHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(FunctionUrlChannelHandler.class);

    private final FunctionUrls urls;
    private final ServedAccount account;
    private final LongAdder requestCount;

    FunctionUrlChannelHandler(FunctionUrls urls, ServedAccount account, LongAdder requestCount) {
        this.urls = urls;
        this.account = account;
        this.requestCount = requestCount;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof FullHttpRequest request && request.decoderResult().isSuccess()) {
            QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            Optional<FunctionUrlAddress> address = FunctionUrlAddress.of(request.headers().get(HttpHeaderNames.HOST),
                    uri.rawPath());
            if (address.isPresent()) {
                try {
                    serve(ctx, request, uri, address.get());
                } finally {
                    request.release();
                }
                return;
            }
        }
        ctx.fireChannelRead(message);
    }

    private void serve(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri,
                       FunctionUrlAddress address) {
        requestCount.increment();
        ApiRequest read = new ApiRequest(null, request.method(), uri.rawPath(), Map.of(), uri.parameters(),
                request.headers(), ByteBufUtil.getBytes(request.content()), account);
        UrlCall call = new UrlCall(address, read, uri.rawQuery(), sourceIpOf(ctx.channel().remoteAddress()),
                request.protocolVersion().text());
        CompletionStage<UrlResponse> answer;
        try {
            answer = urls.serve(call);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        HttpVersion version = request.protocolVersion();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        answer.whenComplete((response, error) -> {
            if (error != null) {
                LOG.warn("Function URL request failed inside the emulator", error);
                response = UrlResponse.refused(500, "ServiceException", "The lambda-ops emulator failed: " + error);
            }
            write(ctx, response, version, keepAlive);
        });
    }

    private static void write(ChannelHandlerContext ctx, UrlResponse answer, HttpVersion version, boolean keepAlive) {
        HttpResponseStatus status = HttpResponseStatus.valueOf(answer.status());
        if (answer.streamedBody() != null) {
            answer.streamedBody().writeTo(ctx, withHead(new DefaultHttpResponse(version, status), answer, keepAlive));
        } else {
            FullHttpResponse response = withHead(new DefaultFullHttpResponse(version, status,
                    Unpooled.wrappedBuffer(answer.body())), answer, keepAlive);
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
            ctx.writeAndFlush(response);
        }
    }

    private static <R extends HttpResponse> R withHead(R response, UrlResponse answer, boolean keepAlive) {
        answer.headers().forEach(header -> response.headers().add(header.getKey(), header.getValue()));
        HttpUtil.setKeepAlive(response, keepAlive);
        return response;
    }

    private static String sourceIpOf(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : "127.0.0.1";
    }
}
