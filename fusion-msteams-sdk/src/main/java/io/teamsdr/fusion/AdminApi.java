package io.teamsdr.fusion;

import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;

/**
 * The MS Teams administrator account Fusion uses for a subscription (endpoints #2 to #4).
 * Thread-safe.
 */
public interface AdminApi {

    /**
     * Reads the administrator. Requires {@link FusionOperation#ADMIN_GET}'s role.
     *
     * @return the administrator; the password is never returned
     * @throws io.teamsdr.core.NotFoundException when no administrator exists for the subscription
     */
    TeamsAdmin get();

    /**
     * Creates the administrator, or replaces the existing one's credentials. Requires
     * {@link FusionOperation#ADMIN_SET}'s role. The password is sent in the body only; the SDK's
     * logs and exceptions mask it. Not retried automatically (a POST).
     *
     * @param credentials the administrator's user name and password
     * @return the administrator's Fusion index
     * @throws io.teamsdr.core.BadRequestException when Fusion rejects the credentials
     */
    FusionId createOrUpdate(AdminCredentials credentials);

    /**
     * Deletes the administrator. Requires {@link FusionOperation#ADMIN_DELETE}'s role. Deleting
     * when there is none succeeds too; the result tells the two apart.
     *
     * @return what was deleted ({@link AdminDeletion#existed()} {@code true}, answer 200), or that
     *     there was nothing to delete ({@code false}, answer 204)
     */
    AdminDeletion delete();
}
