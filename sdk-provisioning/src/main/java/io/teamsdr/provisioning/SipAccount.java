package io.teamsdr.provisioning;

import java.util.Objects;
import java.util.Optional;

/**
 * The SIP user a password is asked for. Holds no secret itself.
 *
 * @param tenantId the SBC tenant
 * @param sipUser the SIP user name
 * @param did the SIP user's DID
 * @param upn the Fusion user it mirrors; empty when unknown
 */
public record SipAccount(String tenantId, String sipUser, String did, Optional<String> upn) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a required part is missing
     */
    public SipAccount {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sipUser, "sipUser");
        Objects.requireNonNull(did, "did");
        upn = Objects.requireNonNullElse(upn, Optional.empty());
    }
}
