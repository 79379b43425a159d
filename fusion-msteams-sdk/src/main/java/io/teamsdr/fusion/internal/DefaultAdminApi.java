package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.AdminApi;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;

/** The blocking {@link AdminApi}: runs the descriptions of {@link AdminCalls}. */
final class DefaultAdminApi implements AdminApi {
    private final AdminCalls calls;

    DefaultAdminApi(AdminCalls calls) {
        this.calls = calls;
    }

    @Override
    public TeamsAdmin get() {
        return calls.get().send();
    }

    @Override
    public FusionId createOrUpdate(AdminCredentials credentials) {
        return calls.createOrUpdate(credentials).send();
    }

    @Override
    public AdminDeletion delete() {
        return calls.delete().send();
    }

    @Override
    public String toString() {
        return "AdminApi";
    }
}
