package io.teamsdr.vsxi.async;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the SBC tenants without blocking; the asynchronous {@link io.teamsdr.vsxi.SbcTenants}.
 */
public interface SbcTenantsAsync {

    /**
     * Lists the committed SBC tenants.
     *
     * @return the future tenants
     * @see io.teamsdr.vsxi.SbcTenants#list()
     */
    CompletableFuture<List<ProvisionedSbcTenant>> list();

    /**
     * Lists the SBC tenants, committed or with the active draft's changes.
     *
     * @param view the committed configuration, or the one with the draft
     * @return the future tenants
     * @see io.teamsdr.vsxi.SbcTenants#list(ConfigView)
     */
    CompletableFuture<List<ProvisionedSbcTenant>> list(ConfigView view);
}
