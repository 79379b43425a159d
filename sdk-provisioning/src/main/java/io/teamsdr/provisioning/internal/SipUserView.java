package io.teamsdr.provisioning.internal;

/**
 * A SIP user as the SBC lists it (never with its password).
 *
 * @param tenantId the tenant it belongs to
 * @param sipUser the SIP user name
 * @param did its DID
 */
public record SipUserView(String tenantId, String sipUser, String did) {
}
