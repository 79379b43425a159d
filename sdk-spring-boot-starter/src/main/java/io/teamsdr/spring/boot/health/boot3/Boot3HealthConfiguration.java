package io.teamsdr.spring.boot.health.boot3;

import io.teamsdr.spring.boot.health.PlatformProbes;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code teamsdr} health contributor in Spring Boot 3's health API. Imported by name, never
 * component-scanned (hence no {@code @Configuration}): the other Boot version lacks its types.
 */
public class Boot3HealthConfiguration {

    /** Creates the configuration. */
    public Boot3HealthConfiguration() {
    }

    /**
     * One component per probed platform.
     *
     * @param probes the platforms' probes
     * @return the contributor
     */
    @Bean
    @ConditionalOnMissingBean(name = "teamsdrHealthContributor")
    public HealthContributor teamsdrHealthContributor(PlatformProbes probes) {
        return CompositeHealthContributor.fromMap(probes.byPlatform(), PlatformHealthIndicator::new);
    }
}
