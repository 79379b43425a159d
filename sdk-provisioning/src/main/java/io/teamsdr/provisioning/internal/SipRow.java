package io.teamsdr.provisioning.internal;

/**
 * A SIP user to create or update on the SBC, without its password (asked for while uploading).
 *
 * @param tenantId the tenant
 * @param sipUser the SIP user name
 * @param did the DID
 */
public record SipRow(String tenantId, String sipUser, String did) {
}
