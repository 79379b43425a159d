package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.AdminApiAsync;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link AdminApiAsync}: runs the descriptions of {@link AdminCalls}. */
final class DefaultAdminApiAsync implements AdminApiAsync {
    private final AdminCalls calls;

    DefaultAdminApiAsync(AdminCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<TeamsAdmin> get() {
        return calls.get().sendAsync();
    }

    @Override
    public CompletableFuture<FusionId> createOrUpdate(AdminCredentials credentials) {
        return calls.createOrUpdate(credentials).sendAsync();
    }

    @Override
    public CompletableFuture<AdminDeletion> delete() {
        return calls.delete().sendAsync();
    }

    @Override
    public String toString() {
        return "AdminApiAsync";
    }
}
