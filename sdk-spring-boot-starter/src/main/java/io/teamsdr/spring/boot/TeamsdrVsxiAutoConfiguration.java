package io.teamsdr.spring.boot;

import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Creates a {@link VsxiTeamsClient} bean from the {@code teamsdr.vsxi.*} properties when
 * {@code teamsdr.vsxi.endpoint} is set and the application has no {@code VsxiTeamsClient} bean of its
 * own: HTTP Basic credentials from {@code username} and {@code password} (read before every request),
 * trust material from {@code trust-pem} or {@code ssl-bundle}, then every
 * {@link VsxiTeamsClientBuilderCustomizer}. The client is closed with the application context.
 */
@AutoConfiguration
@ConditionalOnClass(VsxiTeamsClient.class)
@ConditionalOnProperty(prefix = "teamsdr.vsxi", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(VsxiProperties.class)
public class TeamsdrVsxiAutoConfiguration {

    /** Creates the auto-configuration. */
    public TeamsdrVsxiAutoConfiguration() {
    }

    /**
     * The VSXi client.
     *
     * @param properties the {@code teamsdr.vsxi.*} properties
     * @param sslBundles the SSL bundles, for {@code teamsdr.vsxi.ssl-bundle}
     * @param customizers the builder customizers
     * @return the client, closed when the context closes
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "teamsdr.vsxi", name = "endpoint")
    public VsxiTeamsClient vsxiTeamsClient(VsxiProperties properties, ObjectProvider<SslBundles> sslBundles,
                                           ObjectProvider<VsxiTeamsClientBuilderCustomizer> customizers) {
        VsxiTeamsClient.Builder builder = VsxiTeamsClient.builder();
        ClientBuilderSettings.apply("teamsdr.vsxi", properties, builder, sslBundles);
        Resource pem = properties.getTrustPem();
        if (pem != null) {
            if (ClientBuilderSettings.hasText(properties.getSslBundle())) {
                throw new IllegalStateException("teamsdr.vsxi.trust-pem and teamsdr.vsxi.ssl-bundle are both set: "
                        + "trust one of them");
            }
            try (InputStream in = pem.getInputStream()) {
                builder.trustPem(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read teamsdr.vsxi.trust-pem " + pem.getDescription(), unreadable);
            }
        }
        if (ClientBuilderSettings.hasText(properties.getUsername())) {
            if (!ClientBuilderSettings.hasText(properties.getPassword())) {
                throw new IllegalStateException("teamsdr.vsxi.username is set without teamsdr.vsxi.password");
            }
            builder.credentials(properties.getUsername(), properties::getPassword);
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
