package io.teamsdr.vsxi;

import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.ProvisionedTenant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link Tenants} of a {@link VsxiTeamsClient}. */
final class DefaultTenants implements Tenants {
    private final Transport transport;

    DefaultTenants(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<ProvisionedTenant> list() {
        return list(false);
    }

    @Override
    public List<ProvisionedTenant> list(boolean includeDraft) {
        return transport.send(VsxiPaths.tenants(includeDraft), ResponseHandler.json(ResponseBodies.Tenants.class)).tenants();
    }

    @Override
    public CompletableFuture<List<ProvisionedTenant>> listAsync(boolean includeDraft) {
        return transport.sendAsync(VsxiPaths.tenants(includeDraft), ResponseHandler.json(ResponseBodies.Tenants.class))
                .thenApply(ResponseBodies.Tenants::tenants);
    }
}
