package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.SipUsers;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.function.Consumer;

/** The {@link SipUsers} of a client. */
record DefaultSipUsers(VsxiEndpoints endpoints) implements SipUsers {
    @Override
    public List<ProvisionedSipUser> list() {
        return list(ConfigView.COMMITTED, SbcTenantFilter.all());
    }

    @Override
    public List<ProvisionedSipUser> list(ConfigView view, SbcTenantFilter tenants) {
        return endpoints.sipUsers(view, tenants).send();
    }

    @Override
    public long forEach(ConfigView view, SbcTenantFilter tenants, Consumer<? super ProvisionedSipUser> action) {
        return endpoints.forEachSipUser(view, tenants, action).send();
    }
}
