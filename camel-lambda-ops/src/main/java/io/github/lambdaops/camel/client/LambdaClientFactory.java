package io.github.lambdaops.camel.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.credentials.CredentialsProviders;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.ProxyConfiguration;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaAsyncClientBuilder;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.utils.StringUtils;

/**
 * Builds the asynchronous Lambda client an endpoint owns, from its options. Clients run on an event loop group the
 * caller owns (the component shares one across its endpoints): the SDK would otherwise give each client its own
 * threads and wait two seconds of quiet period to close them.
 */
public final class LambdaClientFactory {

    private LambdaClientFactory() {
    }

    public static LambdaAsyncClient create(LambdaOpsConfiguration configuration, SdkEventLoopGroup eventLoops) {
        LambdaAsyncClientBuilder builder = LambdaAsyncClient.builder()
                .httpClientBuilder(httpClient(configuration, eventLoops))
                .overrideConfiguration(overrides(configuration));
        if (StringUtils.isNotBlank(configuration.getRegion())) {
            builder.region(Region.of(configuration.getRegion()));
        }
        AwsCredentialsProvider credentials = CredentialsProviders.of(configuration);
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        if (configuration.isOverrideEndpoint()) {
            if (StringUtils.isBlank(configuration.getUriEndpointOverride())) {
                throw new LambdaOpsParameterException(
                        "URI option overrideEndpoint=true needs uriEndpointOverride, e.g. http://127.0.0.1:4566");
            }
            builder.endpointOverride(URI.create(configuration.getUriEndpointOverride()));
        }
        return builder.build();
    }

    private static SdkAsyncHttpClient.Builder<?> httpClient(LambdaOpsConfiguration configuration,
                                                            SdkEventLoopGroup eventLoops) {
        NettyNioAsyncHttpClient.Builder netty = NettyNioAsyncHttpClient.builder().eventLoopGroup(eventLoops);
        if (configuration.getMaxConnections() > 0) {
            netty.maxConcurrency(configuration.getMaxConnections());
        }
        if (StringUtils.isNotBlank(configuration.getProxyHost())) {
            ProxyConfiguration.Builder proxy = ProxyConfiguration.builder()
                    .host(configuration.getProxyHost())
                    .scheme(configuration.getProxyProtocol().toString().toLowerCase(Locale.ROOT));
            if (configuration.getProxyPort() != null) {
                proxy.port(configuration.getProxyPort());
            }
            netty.proxyConfiguration(proxy.build());
        }
        if (!configuration.isTrustAllCertificates()) {
            return netty;
        }
        AttributeMap trustAll = AttributeMap.builder()
                .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE)
                .build();
        return new TrustingHttpClientBuilder(netty, trustAll);
    }

    private static ClientOverrideConfiguration overrides(LambdaOpsConfiguration configuration) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        if (configuration.getApiCallTimeout() > 0) {
            overrides.apiCallTimeout(Duration.ofMillis(configuration.getApiCallTimeout()));
        }
        if (configuration.getApiCallAttemptTimeout() > 0) {
            overrides.apiCallAttemptTimeout(Duration.ofMillis(configuration.getApiCallAttemptTimeout()));
        }
        if (configuration.getRetryMode() != null || configuration.getMaxAttempts() > 0) {
            overrides.retryStrategy(retryStrategy(configuration));
        }
        return overrides.build();
    }

    private static RetryStrategy retryStrategy(LambdaOpsConfiguration configuration) {
        RetryMode mode = configuration.getRetryMode() == null ? RetryMode.defaultRetryMode()
                : configuration.getRetryMode().sdkMode();
        RetryStrategy strategy = AwsRetryStrategy.forRetryMode(mode);
        if (configuration.getMaxAttempts() > 0) {
            strategy = strategy.toBuilder().maxAttempts(configuration.getMaxAttempts()).build();
        }
        return strategy;
    }

    /** Builds the Netty client with the SDK's defaults plus trust-all, which Netty's builder only takes this way. */
    private static final class TrustingHttpClientBuilder implements SdkAsyncHttpClient.Builder<TrustingHttpClientBuilder> {

        private final NettyNioAsyncHttpClient.Builder delegate;
        private final AttributeMap trustAll;

        TrustingHttpClientBuilder(NettyNioAsyncHttpClient.Builder delegate, AttributeMap trustAll) {
            this.delegate = delegate;
            this.trustAll = trustAll;
        }

        @Override
        public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return delegate.buildWithDefaults(trustAll.merge(serviceDefaults));
        }
    }
}
