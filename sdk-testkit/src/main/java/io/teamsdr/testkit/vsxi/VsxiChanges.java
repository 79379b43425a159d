package io.teamsdr.testkit.vsxi;

import java.util.function.Consumer;

/**
 * Tenant and user changes made by test code rather than through the API: seeding, or the work
 * of a simulated other administrator. Each change obeys the API's rules (formats, uniqueness,
 * PBX and service port existence, tenants before users) and a violation throws
 * {@link IllegalArgumentException} at once, so a test can never build a state the real SBC could
 * not hold.
 */
public interface VsxiChanges {

    /**
     * Creates or updates a tenant.
     *
     * @param tenantId the tenant id
     * @param fields sets the other fields
     * @return this object
     * @throws IllegalArgumentException when the tenant breaks a rule
     */
    VsxiChanges tenant(String tenantId, Consumer<VsxiTenantSpec> fields);

    /**
     * Creates or updates a user; its tenant must exist.
     *
     * @param tenantId the owning tenant
     * @param sipUser the SIP user name
     * @param sipPassword the SIP password
     * @param did the user's E.164 number
     * @return this object
     * @throws IllegalArgumentException when the user breaks a rule
     */
    VsxiChanges user(String tenantId, String sipUser, String sipPassword, String did);

    /**
     * Deletes a tenant and its users.
     *
     * @param tenantId the tenant id
     * @return this object
     * @throws IllegalArgumentException when there is no such tenant
     */
    VsxiChanges deleteTenant(String tenantId);

    /**
     * Deletes a user.
     *
     * @param sipUser the SIP user name
     * @return this object
     * @throws IllegalArgumentException when there is no such user
     */
    VsxiChanges deleteUser(String sipUser);
}
