package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.TenantStatus;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.StatusApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The onboarding state of the MS Teams tenant linked to a subscription (endpoint #1).
 * Thread-safe.
 */
public interface StatusApiAsync {

    /**
     * Reads the tenant status: onboarding progress, integrations and the Fusion domain.
     * Requires {@link FusionOperation#STATUS_GET}'s role.
     * <p>The future fails with a {@link io.teamsdr.core.NotFoundException} when no MS Teams tenant is linked or the subscription does not exist.
     * <p>The future fails with a {@link io.teamsdr.core.ForbiddenException} when the API user lacks the role.
     *
     * @return the future of the status
     */
    CompletableFuture<TenantStatus> get();
}
