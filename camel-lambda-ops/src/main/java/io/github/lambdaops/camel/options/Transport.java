package io.github.lambdaops.camel.options;

/**
 * How a {@code lambda-ops} endpoint that builds its own client sends calls: the value of its {@code transport} option.
 * Chosen by measurement (see benchmarks/README.md): the synchronous client costs the least CPU per call, the
 * asynchronous one keeps many calls in flight without a thread each.
 */
public enum Transport {

    /**
     * Both clients; each calling thread gets the one that suits it. A thread that Camel blocks until its exchange is
     * done (a ProducerTemplate, a polling or JMS consumer, ...) gets the synchronous client, on itself; every other
     * thread (a thread that sends the next exchange before the last is answered, an event loop, a parallel splitter's)
     * gets the asynchronous client. A thread's first call goes on the asynchronous client, which tells which kind the
     * thread is.
     */
    auto,

    /**
     * The SDK's synchronous LambdaClient on the Apache 5 HTTP client, called on the exchange's thread, which waits for
     * the answer (as camel-aws2-lambda does): the least CPU per call; as many calls in flight as threads calling.
     */
    sync,

    /**
     * The SDK's LambdaAsyncClient on the Netty HTTP client: the exchange's thread is free at once and the exchange
     * goes on on the SDK's threads when the answer comes; thousands of calls in flight on a few threads, at about 1.8
     * times the CPU per call of the synchronous client.
     */
    async
}
