package io.github.lambdaops.emulator.auth;

import io.github.lambdaops.emulator.http.RequestLayers;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;

import java.time.Clock;
import java.util.Optional;

/** The auth layer in front of the route table: with strict auth on, a request whose signature fails gets a 403. */
@ChannelHandler.Sharable
public final class StrictAuthHandler extends ChannelInboundHandlerAdapter {
    private final StrictAuth auth;
    private final SigV4Verifier verifier;

    public StrictAuthHandler(StrictAuth auth) {
        this.auth = auth;
        this.verifier = new SigV4Verifier(auth, Clock.systemUTC());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!auth.isEnabled() || !(msg instanceof FullHttpRequest request)
                || RequestLayers.rawPath(request).startsWith("/_")) {
            ctx.fireChannelRead(msg);
            return;
        }
        Optional<SigV4Verifier.Rejection> rejection = verifier.check(request);
        if (rejection.isEmpty()) {
            ctx.fireChannelRead(request);
            return;
        }
        try {
            RequestLayers.reply(ctx, request,
                    RequestLayers.error(403, rejection.get().errorType(), rejection.get().message()));
        } finally {
            request.release();
        }
    }
}
