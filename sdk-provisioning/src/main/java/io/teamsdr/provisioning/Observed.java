package io.teamsdr.provisioning;

/**
 * How much a plan read from each platform.
 *
 * @param fusionUsers MS Teams users listed by Fusion
 * @param userDetails users read one by one for their policy and groups
 * @param resourceAccounts resource accounts listed by Fusion
 * @param sbcTenants tenants of the SBC
 * @param sipUsers SIP users of the SBC, all tenants
 */
public record Observed(long fusionUsers, long userDetails, long resourceAccounts, long sbcTenants, long sipUsers) {
}
