package io.teamsdr.spring.boot.health;

import java.util.Objects;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The health of one platform for Spring Boot's actuator: runs a {@link PlatformProbe} on every health
 * request and reports its status and details.
 */
public final class TeamsdrHealthIndicator implements HealthIndicator {
    private final PlatformProbe probe;

    /**
     * Creates the indicator.
     *
     * @param probe the probe of the platform
     */
    public TeamsdrHealthIndicator(PlatformProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    @Override
    public Health health() {
        ProbeResult result = probe.probe();
        return Health.status(result.status()).withDetails(result.details()).build();
    }
}
