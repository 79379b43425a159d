package io.teamsdr.provisioning.internal;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything the provisioning reads from the SBC (committed configuration only, never a draft), in
 * this module's own terms. The only class that reads through the VSXi client.
 */
public final class SbcReader {
    private final VsxiTeamsClient vsxi;

    /**
     * Reads one SBC.
     *
     * @param vsxi the VSXi client
     */
    public SbcReader(VsxiTeamsClient vsxi) {
        this.vsxi = vsxi;
    }

    /**
     * Lists the committed tenants.
     *
     * @return the tenants
     */
    public List<SbcTenantView> tenants() {
        return vsxi.sbcTenants().list(ConfigView.COMMITTED).stream().map(SbcReader::view).toList();
    }

    /**
     * Streams the committed SIP users of every tenant, parsed one by one as the answer arrives.
     *
     * @param action receives each user
     * @return how many users were read
     */
    public long forEachUser(Consumer<SipUserView> action) {
        return vsxi.sipUsers().forEach(ConfigView.COMMITTED, SbcTenantFilter.all(),
                user -> action.accept(new SipUserView(user.tenantId(), user.sipUser(), user.did())));
    }

    /**
     * Streams the committed SIP users of one tenant.
     *
     * @param tenantId the tenant
     * @param action receives each user
     * @return how many users were read
     */
    public long forEachUserOf(String tenantId, Consumer<SipUserView> action) {
        return vsxi.sipUsers().forEach(ConfigView.COMMITTED, SbcTenantFilter.of(tenantId),
                user -> action.accept(new SipUserView(user.tenantId(), user.sipUser(), user.did())));
    }

    private static SbcTenantView view(ProvisionedSbcTenant tenant) {
        return new SbcTenantView(tenant.tenantId(), tenant.tenantName(), tenant.microsoftFqdn(), tenant.localIp(),
                tenant.did(), tenant.pbxId(), tenant.spId());
    }
}
