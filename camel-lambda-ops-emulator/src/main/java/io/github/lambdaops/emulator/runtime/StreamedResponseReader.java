package io.github.lambdaops.emulator.runtime;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;

/**
 * Reads a response that the runtime streams, as Lambda's Runtime API takes it: {@code POST
 * /runtime/invocation/{id}/response} with {@code Lambda-Runtime-Function-Response-Mode: streaming}, a chunked body
 * handed on chunk by chunk as it arrives (not aggregated, as other requests are), and the trailers
 * {@code Lambda-Runtime-Function-Error-Type} and {@code Lambda-Runtime-Function-Error-Body} (base64) when the
 * function failed half-way. Other requests pass on. One per connection: it follows the request it reads.
 */
final class StreamedResponseReader extends ChannelInboundHandlerAdapter {
    static final String RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    static final String ERROR_BODY = "Lambda-Runtime-Function-Error-Body";

    private final RuntimeApi api;
    /** The invocation whose response is being read, else null. */
    private String requestId;
    private boolean keepAlive;
    private RuntimeApiException refusal;

    StreamedResponseReader(RuntimeApi api) {
        this.api = api;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (requestId == null && !(msg instanceof HttpRequest request && isStreamedResponse(request))) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (msg instanceof HttpRequest request) {
                begin(ctx, request);
            }
            if (msg instanceof HttpContent content) {
                read(ctx, content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private static boolean isStreamedResponse(HttpRequest request) {
        return request.method().equals(HttpMethod.POST)
                && "streaming".equalsIgnoreCase(request.headers().get(RESPONSE_MODE))
                && RuntimeApiHandler.SizeLimit.RESPONSE.matcher(new QueryStringDecoder(request.uri()).path()).matches();
    }

    private void begin(ChannelHandlerContext ctx, HttpRequest request) {
        Matcher path = RuntimeApiHandler.SizeLimit.RESPONSE.matcher(new QueryStringDecoder(request.uri()).path());
        requestId = path.matches() ? path.group(1) : "";
        keepAlive = HttpUtil.isKeepAlive(request);
        refusal = null;
        if (HttpUtil.is100ContinueExpected(request)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                    Unpooled.EMPTY_BUFFER));
        }
        try {
            api.startStream(requestId, request.headers().get(HttpHeaderNames.CONTENT_TYPE));
        } catch (RuntimeApiException e) {
            refusal = e;
        }
    }

    private void read(ChannelHandlerContext ctx, HttpContent content) {
        if (refusal == null && content.content().isReadable()) {
            try {
                api.streamed(requestId, ByteBufUtil.getBytes(content.content()));
            } catch (RuntimeApiException e) {
                refusal = e;
            }
        }
        if (content instanceof LastHttpContent last) {
            String ended = requestId;
            requestId = null;
            if (refusal == null) {
                try {
                    end(ended, last.trailingHeaders());
                } catch (RuntimeApiException e) {
                    refusal = e;
                }
            }
            if (refusal == null) {
                RuntimeApiHandler.accepted(ctx, keepAlive);
            } else {
                RuntimeApiHandler.refused(ctx, keepAlive, refusal);
            }
        }
    }

    private void end(String ended, HttpHeaders trailers) throws RuntimeApiException {
        String errorType = trailers.get(RuntimeApiHandler.ERROR_TYPE);
        if (errorType == null) {
            api.endStream(ended);
        } else {
            api.error(ended, errorType, errorBody(trailers.get(ERROR_BODY)));
        }
    }

    /** The trailer's error body, base64 as Lambda's runtimes send it; else taken as text. */
    private static byte[] errorBody(String trailer) {
        if (trailer == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(trailer.trim());
        } catch (IllegalArgumentException e) {
            return trailer.getBytes(StandardCharsets.UTF_8);
        }
    }
}
