package io.teamsdr.spring.boot;

import io.teamsdr.vsxi.VsxiTeamsClient;

/**
 * Adjusts the builder of the auto-configured {@link VsxiTeamsClient} after the {@code teamsdr.vsxi.*}
 * properties were applied: declare beans of this type to add listeners, an executor, a proxy or
 * credentials from a vault ({@code builder.credentials(user, () -> vault.read("sbc"))}). Applied in
 * {@link org.springframework.core.annotation.Order} order.
 */
@FunctionalInterface
public interface VsxiTeamsClientBuilderCustomizer {

    /**
     * Customizes the builder.
     *
     * @param builder the builder, endpoint and properties already set
     */
    void customize(VsxiTeamsClient.Builder builder);
}
