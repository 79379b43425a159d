package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the SIP users of the SBC ({@code GET /teams/users}), never their SIP passwords. SIP users
 * are changed through a {@link Draft}.
 */
public interface SipUsers {

    /**
     * Lists the committed SIP users of every SBC tenant.
     *
     * @return the SIP users
     */
    List<ProvisionedSipUser> list();

    /**
     * Lists SIP users of some or all SBC tenants, committed or with the active draft's changes.
     *
     * @param view the committed configuration, or the one with the draft ({@code includeDraft=true});
     *     in the latter each changed user carries its {@link ProvisionedSipUser#draft() draft} marker
     * @param tenants the SBC tenants whose users to list ({@code tenantIds=...})
     * @return the SIP users
     */
    List<ProvisionedSipUser> list(ConfigView view, SbcTenantFilter tenants);

    /**
     * Reads SIP users one by one as the response arrives, for SBCs with more users than should sit
     * in memory: the JSON list is parsed incrementally and each user handed to {@code action} before
     * the next is read, so memory stays constant whatever the count.
     *
     * @param view the committed configuration, or the one with the draft
     * @param tenants the SBC tenants whose users to read
     * @param action receives each user, in the server's order; an exception it throws ends the read
     * @return how many users were read
     * @throws io.teamsdr.core.DecodingException when the body is not the documented shape
     */
    long forEach(ConfigView view, SbcTenantFilter tenants, Consumer<? super ProvisionedSipUser> action);
}
