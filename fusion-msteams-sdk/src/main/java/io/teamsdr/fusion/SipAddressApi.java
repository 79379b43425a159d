package io.teamsdr.fusion;

/**
 * The SIP addresses of MS Teams users (endpoint #28). Thread-safe.
 */
public interface SipAddressApi {

    /**
     * Reads a user's SIP address. Requires {@link FusionOperation#USER_SIP_ADDRESS_GET}'s role.
     *
     * @param userId the user's Azure AD object id
     * @return the SIP address, e.g. {@code sip:thomas.anderson@contoso.com}
     * @throws io.teamsdr.core.NotFoundException when the user does not exist
     * @throws io.teamsdr.core.ValidationException when the id is not an Azure AD object id
     */
    String get(String userId);
}
