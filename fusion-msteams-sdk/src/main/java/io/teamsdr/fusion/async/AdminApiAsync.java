package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.AdminApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The MS Teams administrator account Fusion uses for a subscription (endpoints #2 to #4).
 * Thread-safe.
 */
public interface AdminApiAsync {

    /**
     * Reads the administrator. Requires {@link FusionOperation#ADMIN_GET}'s role.
     * <p>The future fails with a {@link io.teamsdr.core.NotFoundException} when no administrator exists for the subscription.
     *
     * @return the future of the administrator; the password is never returned
     */
    CompletableFuture<TeamsAdmin> get();

    /**
     * Creates the administrator, or replaces the existing one's credentials. Requires
     * {@link FusionOperation#ADMIN_SET}'s role. The password is sent in the body only; the SDK's
     * logs and exceptions mask it. Not retried automatically (a POST).
     * <p>The future fails with a {@link io.teamsdr.core.BadRequestException} when Fusion rejects the credentials.
     *
     * @param credentials the administrator's user name and password
     * @return the future of the administrator's Fusion index
     */
    CompletableFuture<FusionId> createOrUpdate(AdminCredentials credentials);

    /**
     * Deletes the administrator. Requires {@link FusionOperation#ADMIN_DELETE}'s role. Deleting
     * when there is none succeeds too; the result tells the two apart.
     *
     * @return the future of what was deleted ({@link AdminDeletion#existed()} {@code true}, answer 200), or that
     *     there was nothing to delete ({@code false}, answer 204)
     */
    CompletableFuture<AdminDeletion> delete();
}
