package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ErrorType;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** The emulator's HTTP/1.1 server: Netty's codec and aggregator in front of function URLs and the router. */
public final class LambdaHttpServer implements AutoCloseable {
    /** The largest request Lambda takes (a CreateFunction with a 50 MB zip, base64-encoded). */
    static final int MAX_REQUEST_BYTES = 70_167_211;

    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final Channel channel;
    private final LongAdder connections;

    private LambdaHttpServer(EventLoopGroup acceptors, EventLoopGroup workers, Channel channel,
                             LongAdder connections) {
        this.acceptors = acceptors;
        this.workers = workers;
        this.channel = channel;
        this.connections = connections;
    }

    /**
     * Starts serving on {@code address}, its connections spread over {@code ioThreads} threads (0: Netty's default,
     * twice the available processors): each request is routed once, passes the {@code interceptors} in order (auth,
     * then fault injection) and reaches its action's handler; requests to function URLs go to {@code urls} instead.
     */
    public static LambdaHttpServer start(InetSocketAddress address, int ioThreads, RouteTable routes,
                                         List<Interceptor> interceptors, FunctionUrls urls, ServedAccount account,
                                         LongAdder requestCount) {
        EventLoopGroup acceptors = new NioEventLoopGroup(1, new DefaultThreadFactory("lambda-http-accept", true));
        EventLoopGroup workers = new NioEventLoopGroup(ioThreads, new DefaultThreadFactory("lambda-http", true));
        ApiChannelHandler api = new ApiChannelHandler(routes, interceptors, account, requestCount);
        FunctionUrlChannelHandler functionUrls = new FunctionUrlChannelHandler(urls, account, requestCount);
        LongAdder connections = new LongAdder();
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            connections.increment();
                            ch.pipeline().addLast(
                                    new HttpServerCodec(),
                                    new HttpServerKeepAliveHandler(),
                                    new LimitedAggregator(requestCount),
                                    functionUrls,
                                    api);
                        }
                    })
                    .bind(address)
                    .syncUninterruptibly()
                    .channel();
            return new LambdaHttpServer(acceptors, workers, channel, connections);
        } catch (RuntimeException e) {
            acceptors.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IllegalStateException("Cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** TCP connections accepted since the start. */
    public long connectionCount() {
        return connections.sum();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        acceptors.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers a request over the size limit the way Lambda does, instead of with a bare 413. */
    private static final class LimitedAggregator extends HttpObjectAggregator {
        private final LongAdder requestCount;

        LimitedAggregator(LongAdder requestCount) {
            super(MAX_REQUEST_BYTES, true);
            this.requestCount = requestCount;
        }

        @Override
        protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
            requestCount.increment();
            ApiResponse error = ErrorResponses.of(ErrorType.REQUEST_TOO_LARGE,
                    "Request must be smaller than " + MAX_REQUEST_BYTES + " bytes for the operation");
            ApiChannelHandler.write(ctx, error, oversized.protocolVersion(), false)
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }
}
