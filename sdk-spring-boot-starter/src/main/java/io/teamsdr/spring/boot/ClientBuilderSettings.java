package io.teamsdr.spring.boot;

import io.teamsdr.core.ClientBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;

/** Applies the settings both clients share to a builder. */
final class ClientBuilderSettings {

    private ClientBuilderSettings() {
    }

    static void apply(String prefix, ClientProperties properties, ClientBuilder<?> builder,
                      ObjectProvider<SslBundles> sslBundles) {
        builder.endpoint(properties.getEndpoint())
                .connectTimeout(properties.getConnectTimeout())
                .responseTimeout(properties.getResponseTimeout())
                .callTimeout(properties.getCallTimeout())
                .retry(properties.getRetry().toOptions())
                .maxConcurrentRequests(properties.getMaxConcurrentRequests());
        String bundle = properties.getSslBundle();
        if (hasText(bundle)) {
            SslBundles bundles = sslBundles.getIfAvailable();
            if (bundles == null) {
                throw new IllegalStateException(prefix + ".ssl-bundle is set to '" + bundle
                        + "' but the application has no SSL bundles (spring.ssl.bundle.*)");
            }
            builder.sslContext(bundles.getBundle(bundle).createSslContext());
        }
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
