package io.teamsdr.testkit.vsxi.internal;

import java.util.Objects;

/**
 * One Direct Routing tenant as the SBC stores it.
 *
 * @param tenantId unique tenant id
 * @param tenantName display name
 * @param microsoftFqdn the FQDN Microsoft's SIP proxies use for this tenant's trunk
 * @param localIp the SBC address the trunk listens on (IPv4 or IPv6)
 * @param did the tenant's main number, E.164
 * @param pbxId the PBX behind the tenant; fixed once the tenant exists
 * @param spId the service port the tenant uses; fixed once the tenant exists
 */
public record Tenant(String tenantId, String tenantName, String microsoftFqdn, String localIp,
        String did, String pbxId, String spId) {

    /**
     * Checks that every field is present.
     *
     * @param tenantId unique tenant id
     * @param tenantName display name
     * @param microsoftFqdn the FQDN of the tenant's trunk towards Microsoft
     * @param localIp the SBC address of the trunk
     * @param did the tenant's main number
     * @param pbxId the PBX behind the tenant
     * @param spId the service port the tenant uses
     */
    public Tenant {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(microsoftFqdn, "microsoftFqdn");
        Objects.requireNonNull(localIp, "localIp");
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(pbxId, "pbxId");
        Objects.requireNonNull(spId, "spId");
    }
}
