package io.teamsdr.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.teamsdr.micrometer.MicrometerCallListener;
import io.teamsdr.micrometer.TeamsdrObservationConvention;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Registers a {@link MicrometerCallListener} on the auto-configured clients when the application has
 * sdk-micrometer and an {@link ObservationRegistry} bean (Spring Boot's actuator provides one): timers
 * {@code teamsdr.client.requests} per operation, the retry and pause counters and the in-flight gauge
 * in the application's meter registry, and spans where Micrometer Tracing is set up. A
 * {@link TeamsdrObservationConvention} bean replaces the default naming. Off with
 * {@code teamsdr.observations.enabled=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MicrometerCallListener.class, ObservationRegistry.class, MeterRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnProperty(prefix = "teamsdr.observations", name = "enabled", havingValue = "true", matchIfMissing = true)
public class TeamsdrObservationAutoConfiguration {

    /** Creates the auto-configuration. */
    public TeamsdrObservationAutoConfiguration() {
    }

    /**
     * Adds the listener, tagged {@code client=fusion}, to the Fusion client.
     *
     * @param observations the observation registry
     * @param meters the meter registry, for the counters and the gauge
     * @param convention the application's convention, if any
     * @return the customizer
     */
    @Bean
    public FusionClientBuilderCustomizer teamsdrFusionObservations(ObservationRegistry observations,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<TeamsdrObservationConvention> convention) {
        return builder -> builder.listener(listener("fusion", observations, meters, convention));
    }

    /**
     * Adds the listener, tagged {@code client=vsxi}, to the VSXi client.
     *
     * @param observations the observation registry
     * @param meters the meter registry, for the counters and the gauge
     * @param convention the application's convention, if any
     * @return the customizer
     */
    @Bean
    public VsxiTeamsClientBuilderCustomizer teamsdrVsxiObservations(ObservationRegistry observations,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<TeamsdrObservationConvention> convention) {
        return builder -> builder.listener(listener("vsxi", observations, meters, convention));
    }

    private static MicrometerCallListener listener(String client, ObservationRegistry observations,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<TeamsdrObservationConvention> convention) {
        MicrometerCallListener.Builder builder = MicrometerCallListener.builder(observations).client(client);
        meters.ifUnique(builder::meterRegistry);
        convention.ifUnique(builder::convention);
        return builder.build();
    }
}
