package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ProvisionedUser;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads the users of the SBC (never their SIP passwords). Users are changed through a {@link Draft}.
 */
public interface Users {

    /**
     * Lists users ({@code GET /teams/users}), optionally with the active draft's changes and only of
     * some tenants ({@code tenantIds=1001,1002}).
     *
     * @param includeDraft whether to include the draft's changes
     * @param tenantIds the tenants whose users to list; none for all
     * @return the users
     * @throws io.teamsdr.core.ValidationException when a tenant id is blank or holds a comma
     */
    List<ProvisionedUser> list(boolean includeDraft, String... tenantIds);

    /**
     * Lists users of some tenants.
     *
     * @param includeDraft whether to include the draft's changes
     * @param tenantIds the tenants whose users to list; empty for all
     * @return the users
     * @throws io.teamsdr.core.ValidationException when a tenant id is blank or holds a comma
     */
    List<ProvisionedUser> list(boolean includeDraft, Collection<String> tenantIds);

    /**
     * Lists users without blocking.
     *
     * @param includeDraft whether to include the draft's changes
     * @param tenantIds the tenants whose users to list; empty for all
     * @return the future users
     * @throws io.teamsdr.core.ValidationException when a tenant id is blank or holds a comma
     */
    CompletableFuture<List<ProvisionedUser>> listAsync(boolean includeDraft, Collection<String> tenantIds);

    /**
     * Reads users one by one as the response arrives, for SBCs with more users than should sit in
     * memory: the JSON list is parsed incrementally and each user handed to {@code action} before the
     * next is read, so memory stays constant whatever the count.
     *
     * @param includeDraft whether to include the draft's changes
     * @param tenantIds the tenants whose users to read; empty for all
     * @param action receives each user, in the server's order; an exception it throws ends the read
     * @return how many users were read
     * @throws io.teamsdr.core.ValidationException when a tenant id is blank or holds a comma
     * @throws io.teamsdr.core.DecodingException when the body is not the documented shape
     */
    long forEach(boolean includeDraft, Collection<String> tenantIds, Consumer<? super ProvisionedUser> action);
}
