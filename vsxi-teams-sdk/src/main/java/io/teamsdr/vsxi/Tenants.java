package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ProvisionedTenant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the tenants of the SBC. Tenants are changed through a {@link Draft}.
 */
public interface Tenants {

    /**
     * Lists the committed tenants ({@code GET /teams/tenants}).
     *
     * @return the tenants
     */
    List<ProvisionedTenant> list();

    /**
     * Lists the tenants, with the active draft's changes when asked ({@code includeDraft=true});
     * each changed tenant then carries its {@link ProvisionedTenant#draft() draft} marker.
     *
     * @param includeDraft whether to include the draft's changes
     * @return the tenants
     */
    List<ProvisionedTenant> list(boolean includeDraft);

    /**
     * Lists the tenants without blocking.
     *
     * @param includeDraft whether to include the draft's changes
     * @return the future tenants
     */
    CompletableFuture<List<ProvisionedTenant>> listAsync(boolean includeDraft);
}
