package io.teamsdr.spring.boot;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import java.util.Optional;

/**
 * Creates a {@link FusionClient} bean from the {@code teamsdr.fusion.*} properties when
 * {@code teamsdr.fusion.endpoint} is set and the application has no {@code FusionClient} bean of its
 * own. Credentials come from a {@link FusionCredentials} bean, or {@code teamsdr.fusion.token}, or
 * {@code teamsdr.fusion.username} and {@code password} (read at every login, so a refreshed property
 * takes effect); then every {@link FusionClientBuilderCustomizer} runs. The client is closed with the
 * application context.
 */
@AutoConfiguration
@ConditionalOnClass(FusionClient.class)
@ConditionalOnProperty(prefix = "teamsdr.fusion", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(FusionProperties.class)
public class TeamsdrFusionAutoConfiguration {

    /** Creates the auto-configuration. */
    public TeamsdrFusionAutoConfiguration() {
    }

    /**
     * The Fusion client.
     *
     * @param properties the {@code teamsdr.fusion.*} properties
     * @param credentials the application's own credentials, if any
     * @param sslBundles the SSL bundles, for {@code teamsdr.fusion.ssl-bundle}
     * @param customizers the builder customizers
     * @return the client, closed when the context closes
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "teamsdr.fusion", name = "endpoint")
    public FusionClient fusionClient(FusionProperties properties, ObjectProvider<FusionCredentials> credentials,
                                     ObjectProvider<SslBundles> sslBundles,
                                     ObjectProvider<FusionClientBuilderCustomizer> customizers) {
        FusionClient.Builder builder = FusionClient.builder();
        ClientBuilderSettings.apply("teamsdr.fusion", properties, builder, sslBundles);
        credentials(properties, credentials.getIfAvailable()).ifPresent(builder::credentials);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static Optional<FusionCredentials> credentials(FusionProperties properties, FusionCredentials bean) {
        boolean token = ClientBuilderSettings.hasText(properties.getToken());
        boolean login = ClientBuilderSettings.hasText(properties.getUsername());
        if (bean != null && (token || login)) {
            throw new IllegalStateException("Fusion credentials are given twice: a FusionCredentials bean and "
                    + (token ? "teamsdr.fusion.token" : "teamsdr.fusion.username")
                    + "; remove one of them");
        }
        if (token && login) {
            throw new IllegalStateException("teamsdr.fusion.token and teamsdr.fusion.username are both set: "
                    + "use the token (machine to machine) or the login, not both");
        }
        if (bean != null) {
            return Optional.of(bean);
        }
        if (token) {
            return Optional.of(FusionCredentials.token(properties::getToken));
        }
        if (login) {
            if (!ClientBuilderSettings.hasText(properties.getPassword())) {
                throw new IllegalStateException("teamsdr.fusion.username is set without teamsdr.fusion.password");
            }
            return Optional.of(FusionCredentials.login(properties.getUsername(), properties::getPassword));
        }
        return Optional.empty();
    }
}
