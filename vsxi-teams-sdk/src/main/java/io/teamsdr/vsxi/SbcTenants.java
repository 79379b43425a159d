package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import java.util.List;

/**
 * Reads the SBC tenants ({@code GET /teams/tenants}). SBC tenants are changed through a {@link Draft}.
 */
public interface SbcTenants {

    /**
     * Lists the committed SBC tenants.
     *
     * @return the tenants
     */
    List<ProvisionedSbcTenant> list();

    /**
     * Lists the SBC tenants, committed or with the active draft's changes.
     *
     * @param view the committed configuration, or the one with the draft ({@code includeDraft=true});
     *     in the latter each changed tenant carries its {@link ProvisionedSbcTenant#draft() draft} marker
     * @return the tenants
     */
    List<ProvisionedSbcTenant> list(ConfigView view);
}
