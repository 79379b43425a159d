package io.teamsdr.fusion;

import io.teamsdr.fusion.model.TenantLicense;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
     * Lists the tenant's licenses without blocking; see {@link #list()}.
     *
     * @return the future licenses
     */
    CompletableFuture<List<TenantLicense>> listAsync();

    /**
     * Lists the tenant's licenses, optionally only those with at least one free seat. Requires
     * {@link FusionOperation#LICENSES_LIST}'s role.
     *
     * @param freeOnly {@code true} to send {@code free_only=yes}, {@code false} for {@code free_only=no}
     * @return the licenses, possibly empty
     */
    List<TenantLicense> list(boolean freeOnly);

    /**
     * Lists the tenant's licenses without blocking; see {@link #list(boolean)}.
     *
     * @param freeOnly {@code true} for licenses with a free seat only
     * @return the future licenses
     */
    CompletableFuture<List<TenantLicense>> listAsync(boolean freeOnly);

    /**
     * Replaces the user's <strong>full</strong> license set: afterwards the user holds exactly
     * these licenses. A license the user holds that is not listed is unassigned; an empty set
     * removes every license. To keep the current licenses, read them first and send them with the
     * new ones. Requires {@link FusionOperation#USER_LICENSE_SET_REPLACE}'s role.
     *
     * @param msUserId the user's Azure AD object id
     * @param skuIds the license GUIDs ({@link TenantLicense#skuId()}) the user must end up with
     * @throws io.teamsdr.core.ValidationException when the user id or a license id is not a GUID
     */
    void replaceLicenseSet(String msUserId, Collection<String> skuIds);

    /**
     * Replaces the user's full license set without blocking; see
     * {@link #replaceLicenseSet(String, Collection)}.
     *
     * @param msUserId the user's Azure AD object id
     * @param skuIds the license GUIDs the user must end up with
     * @return a future completing when the set is replaced
     */
    CompletableFuture<Void> replaceLicenseSetAsync(String msUserId, Collection<String> skuIds);
}
