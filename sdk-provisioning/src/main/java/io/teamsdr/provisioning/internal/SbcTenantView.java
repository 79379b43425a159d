package io.teamsdr.provisioning.internal;

/**
 * A tenant row as the SBC lists it.
 *
 * @param tenantId the tenant id
 * @param tenantName the name
 * @param microsoftFqdn the FQDN presented to Microsoft
 * @param localIp the local address
 * @param did the tenant DID
 * @param pbxId the PBX id
 * @param spId the service port id
 */
public record SbcTenantView(String tenantId, String tenantName, String microsoftFqdn, String localIp, String did,
                            String pbxId, String spId) {
}
