package io.github.lambdaops.emulator.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A response body sent as it is produced, in HTTP chunks: each {@link #write part} goes out as soon as the
 * response's head has, then {@link #end} closes it. Parts written before the head is out wait for it. Producers
 * may write from any thread; Netty keeps the order.
 */
public final class StreamedBody {
    private final List<byte[]> early = new ArrayList<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private ChannelHandlerContext ctx;
    private ChannelPromise sent;
    private boolean ending;

    public synchronized void write(byte[] part) {
        if (ending) {
            return;
        }
        if (ctx == null) {
            early.add(part);
        } else {
            ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(part)));
        }
    }

    /** The body is complete; later writes are dropped. */
    public void end() {
        synchronized (this) {
            if (ending) {
                return;
            }
            ending = true;
            if (ctx != null) {
                finish();
            }
        }
        ended.complete(null);
    }

    /** Completes when the producer has {@link #end ended} the body (its last parts may still be on their way). */
    public CompletionStage<Void> ended() {
        return ended;
    }

    /** Sends {@code head} (chunked) and then the body as it comes; the future completes with the body's end. */
    synchronized ChannelFuture writeTo(ChannelHandlerContext ctx, HttpResponse head) {
        this.ctx = ctx;
        this.sent = ctx.newPromise();
        HttpUtil.setTransferEncodingChunked(head, true);
        ctx.write(head);
        early.forEach(part -> ctx.write(new DefaultHttpContent(Unpooled.wrappedBuffer(part))));
        early.clear();
        ctx.flush();
        if (ending) {
            finish();
        }
        return sent;
    }

    private void finish() {
        ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(written -> {
            if (written.isSuccess()) {
                sent.trySuccess();
            } else {
                sent.tryFailure(written.cause());
            }
        });
    }
}
