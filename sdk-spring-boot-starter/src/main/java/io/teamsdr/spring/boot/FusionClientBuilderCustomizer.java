package io.teamsdr.spring.boot;

import io.teamsdr.fusion.FusionClient;

/**
 * Adjusts the builder of the auto-configured {@link FusionClient} after the {@code teamsdr.fusion.*}
 * properties were applied: declare beans of this type to add listeners, an executor, a proxy or
 * credentials from a vault. Applied in {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface FusionClientBuilderCustomizer {

    /**
     * Customizes the builder.
     *
     * @param builder the builder, endpoint and properties already set
     */
    void customize(FusionClient.Builder builder);
}
