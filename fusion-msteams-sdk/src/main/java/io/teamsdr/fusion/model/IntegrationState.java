package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Whether one integration of the MS Teams tenant (PowerShell, Microsoft Graph) is enabled.
 *
 * @param active {@code true} when the integration is enabled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationState(boolean active) {

    /** An integration reported as disabled, or not reported at all. */
    public static final IntegrationState INACTIVE = new IntegrationState(false);
}
