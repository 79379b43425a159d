package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.async.SipUsersAsync;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The {@link SipUsersAsync} of a client's async view. */
record DefaultSipUsersAsync(VsxiEndpoints endpoints) implements SipUsersAsync {
    @Override
    public CompletableFuture<List<ProvisionedSipUser>> list() {
        return list(ConfigView.COMMITTED, SbcTenantFilter.all());
    }

    @Override
    public CompletableFuture<List<ProvisionedSipUser>> list(ConfigView view, SbcTenantFilter tenants) {
        return Call.sendAsync(() -> endpoints.sipUsers(view, tenants));
    }

    @Override
    public CompletableFuture<Long> forEach(ConfigView view, SbcTenantFilter tenants,
                                           Consumer<? super ProvisionedSipUser> action) {
        return Call.sendAsync(() -> endpoints.forEachSipUser(view, tenants, action));
    }
}
