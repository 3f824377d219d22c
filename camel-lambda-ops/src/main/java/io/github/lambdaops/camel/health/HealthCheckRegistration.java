package io.github.lambdaops.camel.health;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * Adds a check where Camel's health-check API looks for it and takes it away again: an endpoint's client check goes
 * into the registry, a producer's into the {@code producers} repository (which Camel only runs with
 * {@code camel.health.producersEnabled=true}). Without camel-health's registry, nothing is registered.
 */
public final class HealthCheckRegistration implements AutoCloseable {

    private static final HealthCheckRegistration NONE = new HealthCheckRegistration(null, null, null);

    private final HealthCheckRegistry registry;
    private final WritableHealthCheckRepository repository;
    private final HealthCheck check;

    private HealthCheckRegistration(HealthCheckRegistry registry, WritableHealthCheckRepository repository,
                                    HealthCheck check) {
        this.registry = registry;
        this.repository = repository;
        this.check = check;
    }

    public static HealthCheckRegistration inRegistry(CamelContext context, HealthCheck check) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        if (registry == null) {
            return NONE;
        }
        registry.register(check);
        return new HealthCheckRegistration(registry, null, check);
    }

    public static HealthCheckRegistration inProducers(CamelContext context, HealthCheck check) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repository == null) {
            return NONE;
        }
        repository.addHealthCheck(check);
        return new HealthCheckRegistration(null, repository, check);
    }

    @Override
    public void close() {
        if (registry != null) {
            registry.unregister(check);
        }
        if (repository != null) {
            repository.removeHealthCheck(check);
        }
    }
}
