package io.teamsdr.testkit.vsxi.internal;

import java.util.Objects;

/**
 * One SIP user of a tenant. The password is kept because the SBC needs it to answer digest
 * challenges, but it never leaves the fake in clear: not in JSON, not in generated files, not in
 * {@link #toString()}.
 *
 * @param tenantId the owning tenant
 * @param sipUser unique SIP user name
 * @param sipPassword SIP digest password (a secret)
 * @param did the user's number, E.164
 */
public record User(String tenantId, String sipUser, String sipPassword, String did) {

    /**
     * Checks that every field is present.
     *
     * @param tenantId the owning tenant
     * @param sipUser unique SIP user name
     * @param sipPassword SIP digest password
     * @param did the user's number
     */
    public User {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sipUser, "sipUser");
        Objects.requireNonNull(sipPassword, "sipPassword");
        Objects.requireNonNull(did, "did");
    }

    /**
     * Masks the password so that assertion messages and logs never show it.
     *
     * @return a description without the password
     */
    @Override
    public String toString() {
        return "User[tenantId=" + tenantId + ", sipUser=" + sipUser + ", sipPassword=***, did=" + did + "]";
    }
}
