package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.async.SbcTenantsAsync;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link SbcTenantsAsync} of a client's async view. */
record DefaultSbcTenantsAsync(VsxiEndpoints endpoints) implements SbcTenantsAsync {
    @Override
    public CompletableFuture<List<ProvisionedSbcTenant>> list() {
        return list(ConfigView.COMMITTED);
    }

    @Override
    public CompletableFuture<List<ProvisionedSbcTenant>> list(ConfigView view) {
        return Call.sendAsync(() -> endpoints.sbcTenants(view));
    }
}
