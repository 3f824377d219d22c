package io.github.lambdaops.camel.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;

import io.github.lambdaops.camel.LambdaOpsConfiguration;
import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.credentials.CredentialsProviders;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.ProxyConfiguration;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.utils.AttributeMap;
import software.amazon.awssdk.utils.StringUtils;

import static software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR;

/**
 * Builds the Lambda clients an endpoint owns, from its options: the asynchronous one on Netty, the synchronous one on
 * Apache 5 (see {@code Transport}). Asynchronous clients run on an event loop group the caller owns (the
 * component shares one across its endpoints): the SDK would otherwise give each client its own threads and wait two
 * seconds of quiet period to close them.
 */
public final class LambdaClientFactory {

    private LambdaClientFactory() {
    }

    /**
     * The asynchronous client, on the Netty HTTP client; it completes its futures on {@code completions}.
     * {@code credentials} come from {@link CredentialsProviders#of} (null: the SDK's default chain).
     */
    public static LambdaAsyncClient create(LambdaOpsConfiguration configuration, AwsCredentialsProvider credentials,
                                           SdkEventLoopGroup eventLoops, Executor completions) {
        return configure(LambdaAsyncClient.builder(), configuration, credentials, overrides(configuration))
                .httpClientBuilder(httpClient(configuration, eventLoops))
                .asyncConfiguration(async -> async.advancedOption(FUTURE_COMPLETION_EXECUTOR, completions))
                .build();
    }

    /** The synchronous client, on the Apache 5 HTTP client; {@code credentials} as for {@link #create}. */
    public static LambdaClient createSync(LambdaOpsConfiguration configuration, AwsCredentialsProvider credentials) {
        Apache5HttpClient.Builder apache = Apache5HttpClient.builder();
        if (configuration.getMaxConnections() > 0) {
            apache.maxConnections(configuration.getMaxConnections());
        }
        if (StringUtils.isNotBlank(configuration.getProxyHost())) {
            apache.proxyConfiguration(software.amazon.awssdk.http.apache5.ProxyConfiguration.builder()
                    .endpoint(URI.create(configuration.getProxyProtocol().toString().toLowerCase(Locale.ROOT) + "://"
                            + configuration.getProxyHost()
                            + (configuration.getProxyPort() == null ? "" : ":" + configuration.getProxyPort())))
                    .build());
        }
        return configure(LambdaClient.builder(), configuration, credentials,
                overrides(configuration).addExecutionInterceptor(new ExactPayloadReader()))
                .httpClientBuilder(new SyncHttpClientBuilder(apache, trustAll(configuration)))
                .build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, LambdaOpsConfiguration configuration,
                                                                  AwsCredentialsProvider credentials,
                                                                  ClientOverrideConfiguration.Builder overrides) {
        builder.overrideConfiguration(overrides.build());
        if (StringUtils.isNotBlank(configuration.getRegion())) {
            builder.region(Region.of(configuration.getRegion()));
        }
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
        return builder;
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
        return new ServiceErrorSafeBuilder(netty, trustAll(configuration));
    }

    private static ClientOverrideConfiguration.Builder overrides(LambdaOpsConfiguration configuration) {
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
        return overrides;
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

    /** Trust-all, which the HTTP clients' builders only take as a default setting. */
    private static AttributeMap trustAll(LambdaOpsConfiguration configuration) {
        return configuration.isTrustAllCertificates()
                ? AttributeMap.builder().put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE).build()
                : AttributeMap.empty();
    }

    /** Builds the Netty client with the SDK's defaults and ours, wrapped in a {@link ServiceErrorSafeHttpClient}. */
    private static final class ServiceErrorSafeBuilder implements SdkAsyncHttpClient.Builder<ServiceErrorSafeBuilder> {

        private final NettyNioAsyncHttpClient.Builder delegate;
        private final AttributeMap defaults;

        ServiceErrorSafeBuilder(NettyNioAsyncHttpClient.Builder delegate, AttributeMap defaults) {
            this.delegate = delegate;
            this.defaults = defaults;
        }

        @Override
        public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return new ServiceErrorSafeHttpClient(delegate.buildWithDefaults(defaults.merge(serviceDefaults)));
        }
    }

    /** Builds the Apache client with the SDK's defaults and ours. */
    private static final class SyncHttpClientBuilder implements SdkHttpClient.Builder<SyncHttpClientBuilder> {

        private final Apache5HttpClient.Builder delegate;
        private final AttributeMap defaults;

        SyncHttpClientBuilder(Apache5HttpClient.Builder delegate, AttributeMap defaults) {
            this.delegate = delegate;
            this.defaults = defaults;
        }

        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return delegate.buildWithDefaults(defaults.merge(serviceDefaults));
        }
    }
}
