package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ProvisionedUser;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
}
