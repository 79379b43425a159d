package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenants;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import java.util.List;

/** The {@link SbcTenants} of a client. */
record DefaultSbcTenants(VsxiEndpoints endpoints) implements SbcTenants {
    @Override
    public List<ProvisionedSbcTenant> list() {
        return list(ConfigView.COMMITTED);
    }

    @Override
    public List<ProvisionedSbcTenant> list(ConfigView view) {
        return endpoints.sbcTenants(view).send();
    }
}
