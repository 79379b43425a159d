package io.teamsdr.fusion;

import io.teamsdr.fusion.model.LicenseFilter;
import io.teamsdr.fusion.model.TenantLicense;
import java.util.Collection;
import java.util.List;

/**
 * The Microsoft licenses of the MS Teams tenant (endpoint #19) and the replacement of a user's
 * whole license set (endpoint #20). Thread-safe.
 *
 * <p>Two API calls write a user's licenses. {@link #replaceLicenseSet(String, Collection)} here
 * sends the <em>complete</em> set (body {@code skuIds}): any license the user holds that is not in
 * it is removed. The users API's license assignment (body {@code licenses}, endpoint #11) assigns a
 * list of licenses to the user.
 */
public interface LicensesApi {

    /**
     * Lists the licenses purchased for the tenant that are relevant to users, with their seat
     * counts. Requires {@link FusionOperation#LICENSES_LIST}'s role. Sends {@code free_only=no}.
     *
     * @return the licenses, possibly empty
     */
    List<TenantLicense> list();

    /**
     * Lists the tenant's licenses, all or only those with at least one free seat. Requires
     * {@link FusionOperation#LICENSES_LIST}'s role.
     *
     * @param filter which licenses to list
     * @return the licenses, possibly empty
     */
    List<TenantLicense> list(LicenseFilter filter);

    /**
     * Replaces the user's <strong>full</strong> license set: afterwards the user holds exactly
     * these licenses. A license the user holds that is not listed is unassigned; an empty set
     * removes every license. To keep the current licenses, read them first and send them with the
     * new ones. Requires {@link FusionOperation#USER_LICENSE_SET_REPLACE}'s role.
     *
     * @param userId the user's Azure AD object id
     * @param skuIds the license GUIDs ({@link TenantLicense#skuId()}) the user must end up with
     * @throws io.teamsdr.core.ValidationException when the user id or a license id is not a GUID
     */
    void replaceLicenseSet(String userId, Collection<String> skuIds);
}
