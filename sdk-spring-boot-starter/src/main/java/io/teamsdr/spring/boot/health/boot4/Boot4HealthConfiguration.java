package io.teamsdr.spring.boot.health.boot4;

import io.teamsdr.spring.boot.health.PlatformProbes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * The {@code teamsdr} health contributor in Spring Boot 4's health API. Imported by name, never
 * component-scanned (hence no {@code @Configuration}): the other Boot version lacks its types.
 */
public class Boot4HealthConfiguration {

    /** Creates the configuration. */
    public Boot4HealthConfiguration() {
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
