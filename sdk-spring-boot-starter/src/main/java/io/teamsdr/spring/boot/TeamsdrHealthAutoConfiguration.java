package io.teamsdr.spring.boot;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.spring.boot.health.FusionProbe;
import io.teamsdr.spring.boot.health.PlatformProbe;
import io.teamsdr.spring.boot.health.PlatformProbes;
import io.teamsdr.spring.boot.health.VsxiProbe;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Adds the health contributor {@code teamsdr} to Spring Boot's actuator (Boot 3 or Boot 4), with one
 * component per platform whose client bean exists: {@code fusion} ({@link FusionProbe}: the tenant status of
 * {@code teamsdr.fusion.subscription.*}) and {@code vsxi} ({@link VsxiProbe}: the committed tenants).
 * Each read is one attempt bounded by {@code teamsdr.<platform>.health.timeout}. {@code DEGRADED} is a
 * status of its own that Spring Boot leaves out of the aggregate unless
 * {@code management.endpoint.health.status.order} lists it. Off with
 * {@code management.health.teamsdr.enabled=false}, or per platform with
 * {@code teamsdr.<platform>.health.enabled=false}.
 */
@AutoConfiguration(after = {TeamsdrFusionAutoConfiguration.class, TeamsdrVsxiAutoConfiguration.class})
@Conditional({TeamsdrHealthAutoConfiguration.OnHealthApi.class, OnTeamsdrHealthEnabledCondition.class,
        TeamsdrHealthAutoConfiguration.OnAnyClient.class})
@Import(TeamsdrHealthAutoConfiguration.HealthApiSelector.class)
public class TeamsdrHealthAutoConfiguration {
    static final String BOOT3_HEALTH = "org.springframework.boot.actuate.health.HealthIndicator";
    static final String BOOT4_HEALTH = "org.springframework.boot.health.contributor.HealthIndicator";

    /** Creates the auto-configuration. */
    public TeamsdrHealthAutoConfiguration() {
    }

    /**
     * The probes of the platforms with a client bean, for the health adapter of the running Boot version.
     *
     * @param fusion the Fusion client, if any
     * @param fusionProperties its properties, absent when {@code teamsdr.fusion.enabled=false}
     * @param vsxi the VSXi client, if any
     * @param vsxiProperties its properties, absent when {@code teamsdr.vsxi.enabled=false}
     * @return the probes
     */
    @Bean
    @ConditionalOnMissingBean
    public PlatformProbes teamsdrPlatformProbes(ObjectProvider<FusionClient> fusion,
            ObjectProvider<FusionProperties> fusionProperties, ObjectProvider<VsxiTeamsClient> vsxi,
            ObjectProvider<VsxiProperties> vsxiProperties) {
        Map<String, PlatformProbe> platforms = new LinkedHashMap<>();
        FusionProperties fusionSettings = fusionProperties.getIfAvailable(FusionProperties::new);
        fusion.ifUnique(client -> {
            if (fusionSettings.getHealth().isEnabled()) {
                platforms.put("fusion", new FusionProbe(
                        client.withOptions(healthReads(fusionSettings.getHealth().getTimeout())),
                        subscription(fusionSettings.getSubscription()), fusionSettings.getEndpoint(),
                        fusionSettings.getHealth().getSlowThreshold(), System::nanoTime));
            }
        });
        VsxiProperties vsxiSettings = vsxiProperties.getIfAvailable(VsxiProperties::new);
        vsxi.ifUnique(client -> {
            if (vsxiSettings.getHealth().isEnabled()) {
                platforms.put("vsxi", new VsxiProbe(
                        client.withOptions(healthReads(vsxiSettings.getHealth().getTimeout())),
                        vsxiSettings.getEndpoint(), vsxiSettings.getHealth().getSlowThreshold(), System::nanoTime));
            }
        });
        return new PlatformProbes(platforms);
    }

    private static RequestOptions healthReads(Duration timeout) {
        return RequestOptions.builder().retry(RetryOptions.none()).responseTimeout(timeout).callTimeout(timeout).build();
    }

    private static Subscription subscription(FusionProperties.SubscriptionProperties properties) {
        if (properties.getDraasInstance() == null || properties.getTenantUuid() == null
                || properties.getSubscriptionId() == null) {
            return null;
        }
        return Subscription.of(properties.getDraasInstance(), properties.getTenantUuid(), properties.getSubscriptionId());
    }

    /**
     * Imports the health adapter of the Spring Boot version on the class path, by name: each adapter is
     * compiled against its own version's health API, which moved between Boot 3 and Boot 4.
     */
    static final class HealthApiSelector implements ImportSelector, BeanClassLoaderAware {
        private ClassLoader loader;

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.loader = classLoader;
        }

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            if (ClassUtils.isPresent(BOOT4_HEALTH, loader)) {
                return new String[] {"io.teamsdr.spring.boot.health.boot4.Boot4HealthConfiguration"};
            }
            if (ClassUtils.isPresent(BOOT3_HEALTH, loader)) {
                return new String[] {"io.teamsdr.spring.boot.health.boot3.Boot3HealthConfiguration"};
            }
            return new String[0];
        }
    }

    /** Matches when Spring Boot 3's or Spring Boot 4's health API is on the class path. */
    static final class OnHealthApi extends AnyNestedCondition {

        OnHealthApi() {
            super(ConfigurationCondition.ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnClass(name = BOOT3_HEALTH)
        static final class Boot3 {
        }

        @ConditionalOnClass(name = BOOT4_HEALTH)
        static final class Boot4 {
        }
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
