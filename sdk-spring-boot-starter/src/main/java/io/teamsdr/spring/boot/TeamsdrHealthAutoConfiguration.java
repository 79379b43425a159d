package io.teamsdr.spring.boot;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.spring.boot.health.FusionProbe;
import io.teamsdr.spring.boot.health.TeamsdrHealthIndicator;
import io.teamsdr.spring.boot.health.VsxiProbe;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;

/**
 * Adds the health contributor {@code teamsdr} to Spring Boot's actuator, with one component per
 * platform whose client bean exists: {@code fusion} ({@link FusionProbe}: the tenant status of
 * {@code teamsdr.fusion.subscription.*}) and {@code vsxi} ({@link VsxiProbe}: the committed tenants).
 * Each read is one attempt bounded by {@code teamsdr.<platform>.health.timeout}. {@code DEGRADED} is a
 * status of its own that Spring Boot leaves out of the aggregate unless
 * {@code management.endpoint.health.status.order} lists it. Off with
 * {@code management.health.teamsdr.enabled=false}, or per platform with
 * {@code teamsdr.<platform>.health.enabled=false}.
 */
@AutoConfiguration(after = {TeamsdrFusionAutoConfiguration.class, TeamsdrVsxiAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@Conditional({OnTeamsdrHealthEnabledCondition.class, TeamsdrHealthAutoConfiguration.OnAnyClient.class})
public class TeamsdrHealthAutoConfiguration {

    /** Creates the auto-configuration. */
    public TeamsdrHealthAutoConfiguration() {
    }

    /**
     * The {@code teamsdr} health contributor.
     *
     * @param fusion the Fusion client, if any
     * @param fusionProperties its properties, absent when {@code teamsdr.fusion.enabled=false}
     * @param vsxi the VSXi client, if any
     * @param vsxiProperties its properties, absent when {@code teamsdr.vsxi.enabled=false}
     * @return the contributor
     */
    @Bean
    @ConditionalOnMissingBean(name = "teamsdrHealthContributor")
    public HealthContributor teamsdrHealthContributor(ObjectProvider<FusionClient> fusion,
            ObjectProvider<FusionProperties> fusionProperties, ObjectProvider<VsxiTeamsClient> vsxi,
            ObjectProvider<VsxiProperties> vsxiProperties) {
        Map<String, TeamsdrHealthIndicator> platforms = new LinkedHashMap<>();
        FusionProperties fusionSettings = fusionProperties.getIfAvailable(FusionProperties::new);
        fusion.ifUnique(client -> {
            if (fusionSettings.getHealth().isEnabled()) {
                platforms.put("fusion", new TeamsdrHealthIndicator(new FusionProbe(
                        client.withOptions(healthReads(fusionSettings.getHealth().getTimeout())),
                        subscription(fusionSettings.getSubscription()), fusionSettings.getEndpoint(),
                        fusionSettings.getHealth().getSlowThreshold(), System::nanoTime)));
            }
        });
        VsxiProperties vsxiSettings = vsxiProperties.getIfAvailable(VsxiProperties::new);
        vsxi.ifUnique(client -> {
            if (vsxiSettings.getHealth().isEnabled()) {
                platforms.put("vsxi", new TeamsdrHealthIndicator(new VsxiProbe(
                        client.withOptions(healthReads(vsxiSettings.getHealth().getTimeout())),
                        vsxiSettings.getEndpoint(), vsxiSettings.getHealth().getSlowThreshold(), System::nanoTime)));
            }
        });
        return CompositeHealthContributor.fromMap(platforms);
    }

    private static RequestOptions healthReads(Duration timeout) {
        return RequestOptions.builder().retry(RetryOptions.none()).responseTimeout(timeout).callTimeout(timeout).build();
    }

    private static Subscription subscription(FusionProperties.SubscriptionProperties properties) {
        if (!properties.isComplete()) {
            return null;
        }
        return Subscription.of(properties.getDraasInstance(), properties.getTenantUuid(), properties.getSubscriptionId());
    }

    /** Matches when the application has a Fusion or a VSXi client bean. */
    static final class OnAnyClient extends AnyNestedCondition {

        OnAnyClient() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(FusionClient.class)
        static final class Fusion {
        }

        @ConditionalOnBean(VsxiTeamsClient.class)
        static final class Vsxi {
        }
    }
}
