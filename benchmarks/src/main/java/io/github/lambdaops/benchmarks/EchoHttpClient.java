package io.github.lambdaops.benchmarks;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An HTTP client that answers every request at once, in memory, as Invoke of an echo function does: 200, the request's
 * body back, {@code $LATEST}. With it, what a route costs beyond the SDK client is measured without the network, the
 * emulator or the load of other processes in the way.
 */
final class EchoHttpClient implements SdkHttpClient {

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                byte[] body = request.contentStreamProvider().map(EchoHttpClient::read).orElse(new byte[0]);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .putHeader("X-Amz-Executed-Version", "$LATEST")
                                .putHeader("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    private static byte[] read(software.amazon.awssdk.http.ContentStreamProvider content) {
        try (InputStream in = content.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
    }
}
