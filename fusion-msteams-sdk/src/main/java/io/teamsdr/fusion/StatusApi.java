package io.teamsdr.fusion;

import io.teamsdr.fusion.model.TenantStatus;

/**
 * The onboarding state of the MS Teams tenant linked to a subscription (endpoint #1).
 * Thread-safe.
 */
public interface StatusApi {

    /**
     * Reads the tenant status: onboarding progress, integrations and the Fusion domain.
     * Requires {@link FusionOperation#STATUS_GET}'s role.
     *
     * @return the status
     * @throws io.teamsdr.core.NotFoundException when no MS Teams tenant is linked or the subscription does not exist
     * @throws io.teamsdr.core.ForbiddenException when the API user lacks the role
     */
    TenantStatus get();
}
