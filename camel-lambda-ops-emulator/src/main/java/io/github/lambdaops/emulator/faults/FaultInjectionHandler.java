package io.github.lambdaops.emulator.faults;

import io.github.lambdaops.emulator.http.RequestLayers;
import io.github.lambdaops.emulator.http.RouteTable;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.util.AttributeKey;

import java.util.concurrent.TimeUnit;

/**
 * The fault layer in front of the route table: serves the admin path, and gives each routed request the fault its
 * action's rules choose. A dropped connection is cut on the way out, once the action has answered.
 */
@ChannelHandler.Sharable
public final class FaultInjectionHandler extends ChannelDuplexHandler {
    private static final AttributeKey<Boolean> DROP_RESPONSE = AttributeKey.valueOf("lambda-ops.dropResponse");

    private final Faults faults;
    private final RouteTable routes;
    private final FaultsAdmin admin;

    public FaultInjectionHandler(Faults faults, RouteTable routes) {
        this.faults = faults;
        this.routes = routes;
        this.admin = new FaultsAdmin(faults);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (admin.serves(request)) {
            try {
                RequestLayers.reply(ctx, request, admin.handle(request));
            } finally {
                request.release();
            }
            return;
        }
        Fault fault = faults.isEmpty() ? null
                : RequestLayers.actionOf(routes, request).map(faults::next).orElse(null);
        if (fault == null) {
            ctx.fireChannelRead(request);
        } else if (fault instanceof Fault.ErrorReply error) {
            try {
                RequestLayers.reply(ctx, request, FaultsAdmin.answerOf(error));
            } finally {
                request.release();
            }
        } else if (fault instanceof Fault.Delay delay) {
            ctx.executor().schedule(() -> ctx.fireChannelRead(request), delay.latency().toNanos(), TimeUnit.NANOSECONDS);
        } else {
            ctx.channel().attr(DROP_RESPONSE).set(Boolean.TRUE);
            ctx.fireChannelRead(request);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof FullHttpResponse response && ctx.channel().attr(DROP_RESPONSE).getAndSet(null) != null) {
            writeHalfAndClose(ctx, response);
            promise.setSuccess();
            return;
        }
        ctx.write(msg, promise);
    }

    /** The status line and headers (with the full Content-Length), half the body, then the connection closes. */
    private static void writeHalfAndClose(ChannelHandlerContext ctx, FullHttpResponse response) {
        try {
            DefaultHttpResponse head = new DefaultHttpResponse(response.protocolVersion(), response.status(),
                    response.headers().copy());
            ctx.write(head);
            ByteBuf body = response.content();
            ByteBuf half = body.retainedSlice(body.readerIndex(), body.readableBytes() / 2);
            ctx.writeAndFlush(new DefaultHttpContent(half)).addListener(ChannelFutureListener.CLOSE);
        } finally {
            response.release();
        }
    }
}
