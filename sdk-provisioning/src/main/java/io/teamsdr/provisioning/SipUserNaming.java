package io.teamsdr.provisioning;

import java.util.Locale;

/**
 * How the SIP user name of a voice user is derived from its UPN. The SIP user's DID is always the
 * number Fusion holds for the user (the SBC needs E.164, which is what Fusion holds), and its password
 * comes from the {@link SipPasswordProvider}.
 *
 * <p>The {@link #DEFAULT} takes the UPN's local part in lower case and appends {@code _} and the SBC
 * tenant id: {@code Emma.Peeters@contoso.onmicrosoft.com} in tenant {@code 1004} becomes
 * {@code emma.peeters_1004}. The local part keeps SBC logs readable (as the onboarding example's
 * mirror does); the tenant suffix keeps names unique across the SBC's tenants, which the SBC requires,
 * when two customers both have an {@code emma.peeters}; and a name that does not depend on the number
 * lets a number change be an update of the same SIP user. Supply another naming to follow an
 * existing convention; it must give every user of a tenant a distinct name of 1 to 64 characters
 * allowed in a SIP URI's user part, and always the same name for the same UPN.
 */
@FunctionalInterface
public interface SipUserNaming {

    /** {@code <local part of the UPN, lower case>_<tenant id>}. */
    SipUserNaming DEFAULT = (upn, tenantId) -> localPart(upn) + "_" + tenantId;

    /** The UPN's local part in lower case, as the onboarding example names its SIP users. */
    SipUserNaming LOCAL_PART = (upn, tenantId) -> localPart(upn);

    /**
     * Returns the SIP user name of a voice user.
     *
     * @param upn the user principal name
     * @param tenantId the SBC tenant id
     * @return the SIP user name
     */
    String sipUser(String upn, String tenantId);

    private static String localPart(String upn) {
        int at = upn.indexOf('@');
        return (at < 0 ? upn : upn.substring(0, at)).toLowerCase(Locale.ROOT);
    }
}
