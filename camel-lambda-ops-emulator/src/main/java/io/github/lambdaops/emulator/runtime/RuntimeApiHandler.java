package io.github.lambdaops.emulator.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes the Runtime API's four requests of one environment's process to its {@link RuntimeApi}. */
@ChannelHandler.Sharable
final class RuntimeApiHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

    private final RuntimeApi api;

    RuntimeApiHandler(RuntimeApi api) {
        this.api = api;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String[] path = Arrays.stream(new QueryStringDecoder(request.uri()).path().split("/"))
                .filter(segment -> !segment.isEmpty()).toArray(String[]::new);
        byte[] body = ByteBufUtil.getBytes(request.content());
        try {
            if (path.length < 3 || !path[0].equals("2018-06-01") || !path[1].equals("runtime")) {
                throw notFound(request);
            }
            String route = request.method() + " " + String.join("/", Arrays.copyOfRange(path, 2, path.length))
                    .replaceFirst("^invocation/[^/]+/(response|error)$", "invocation/{id}/$1");
            switch (route) {
                case "GET invocation/next" -> api.next((headers, event) -> deliver(ctx, keepAlive, headers, event));
                case "POST invocation/{id}/response" -> {
                    api.response(path[3], body);
                    accepted(ctx, keepAlive);
                }
                case "POST invocation/{id}/error" -> {
                    api.error(path[3], request.headers().get(ERROR_TYPE), body);
                    accepted(ctx, keepAlive);
                }
                case "POST init/error" -> {
                    api.initError(request.headers().get(ERROR_TYPE), body);
                    accepted(ctx, keepAlive);
                }
                default -> throw notFound(request);
            }
        } catch (RuntimeApiException e) {
            refused(ctx, keepAlive, e);
        }
    }

    static void refused(ChannelHandlerContext ctx, boolean keepAlive, RuntimeApiException e) {
        write(ctx, keepAlive, HttpResponseStatus.valueOf(e.status()), Map.of(),
                json(Map.of("errorMessage", e.getMessage(), "errorType", e.errorType())));
    }

    private static RuntimeApiException notFound(FullHttpRequest request) {
        return new RuntimeApiException(404, "UnknownOperation",
                "The Runtime API has no " + request.method() + " " + new QueryStringDecoder(request.uri()).path());
    }

    private static boolean deliver(ChannelHandlerContext ctx, boolean keepAlive, Map<String, String> headers,
                                   byte[] event) {
        if (!ctx.channel().isActive()) {
            return false;
        }
        write(ctx, keepAlive, HttpResponseStatus.OK, headers, event);
        return true;
    }

    static void accepted(ChannelHandlerContext ctx, boolean keepAlive) {
        write(ctx, keepAlive, HttpResponseStatus.ACCEPTED, Map.of(), json(Map.of("status", "OK")));
    }

    private static void write(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status,
                              Map<String, String> headers, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                status, Unpooled.wrappedBuffer(body));
        headers.forEach(response.headers()::set);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Aggregates requests up to Lambda's response limit; a larger response fails its invocation with
     * {@code Function.ResponseSizeTooLarge}, as in Lambda, and the runtime gets a 413.
     */
    static final class SizeLimit extends HttpObjectAggregator {
        static final Pattern RESPONSE = Pattern.compile("/2018-06-01/runtime/invocation/([^/]+)/response/?");

        private final RuntimeApi api;

        SizeLimit(RuntimeApi api) {
            super(FunctionFailure.MAX_RESPONSE_BYTES);
            this.api = api;
        }

        @Override
        protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
            Matcher response = oversized instanceof HttpRequest request
                    ? RESPONSE.matcher(new QueryStringDecoder(request.uri()).path()) : null;
            if (response != null && response.matches()) {
                try {
                    api.error(response.group(1), "Function.ResponseSizeTooLarge",
                            FunctionErrors.payloadOf(FunctionFailure.responseTooLarge()));
                } catch (RuntimeApiException e) {
                    // not the invocation it runs: the 413 is all it gets
                }
            }
            super.handleOversizedMessage(ctx, oversized);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // the process went away or sent garbage; its environment notices through the process
    }
}
