package io.github.lambdaops.emulator.runtime;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Serves the Runtime API to runtime processes: each execution environment listens on a port of 127.0.0.1 of its
 * own (which it passes to its process as {@code AWS_LAMBDA_RUNTIME_API}), all on one Netty event loop.
 */
final class RuntimeApiServer implements AutoCloseable {
    private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("lambda-runtime-api", true));

    /** Listens for one environment's process; closing the returned channel stops listening. */
    Channel listen(RuntimeApi api) {
        RuntimeApiHandler handler = new RuntimeApiHandler(api);
        return new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new StreamedResponseReader(api),
                                new RuntimeApiHandler.SizeLimit(api), handler);
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .syncUninterruptibly()
                .channel();
    }

    static String address(Channel listening) {
        return "127.0.0.1:" + ((InetSocketAddress) listening.localAddress()).getPort();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
