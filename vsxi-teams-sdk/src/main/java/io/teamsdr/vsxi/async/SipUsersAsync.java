package io.teamsdr.vsxi.async;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads the SIP users without blocking; the asynchronous {@link io.teamsdr.vsxi.SipUsers}.
 */
public interface SipUsersAsync {

    /**
     * Lists the committed SIP users of every SBC tenant.
     *
     * @return the future SIP users
     * @see io.teamsdr.vsxi.SipUsers#list()
     */
    CompletableFuture<List<ProvisionedSipUser>> list();

    /**
     * Lists SIP users of some or all SBC tenants, committed or with the active draft's changes.
     *
     * @param view the committed configuration, or the one with the draft
     * @param tenants the SBC tenants whose users to list
     * @return the future SIP users
     * @see io.teamsdr.vsxi.SipUsers#list(ConfigView, SbcTenantFilter)
     */
    CompletableFuture<List<ProvisionedSipUser>> list(ConfigView view, SbcTenantFilter tenants);

    /**
     * Reads SIP users one by one as the response arrives, in constant memory.
     *
     * @param view the committed configuration, or the one with the draft
     * @param tenants the SBC tenants whose users to read
     * @param action receives each user on the SDK's thread, in the server's order; an exception it
     *     throws ends the read and fails the future
     * @return the future count of users read
     * @see io.teamsdr.vsxi.SipUsers#forEach(ConfigView, SbcTenantFilter, Consumer)
     */
    CompletableFuture<Long> forEach(ConfigView view, SbcTenantFilter tenants, Consumer<? super ProvisionedSipUser> action);
}
