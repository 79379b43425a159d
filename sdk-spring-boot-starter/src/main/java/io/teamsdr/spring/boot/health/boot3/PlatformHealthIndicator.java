package io.teamsdr.spring.boot.health.boot3;

import io.teamsdr.spring.boot.health.PlatformProbe;
import io.teamsdr.spring.boot.health.ProbeResult;
import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of one platform for Spring Boot 3's actuator: runs a {@link PlatformProbe} on every health
 * request and reports its status and details.
 */
public final class PlatformHealthIndicator implements HealthIndicator {
    private final PlatformProbe probe;

    /**
     * Creates the indicator.
     *
     * @param probe the probe of the platform
     */
    public PlatformHealthIndicator(PlatformProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    @Override
    public Health health() {
        ProbeResult result = probe.probe();
        return Health.status(result.status()).withDetails(result.details()).build();
    }
}
