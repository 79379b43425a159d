package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.SyncApi;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;

/** The blocking {@link SyncApi}: runs the descriptions of {@link UserExtrasCalls}. */
final class DefaultSyncApi implements SyncApi {
    private final UserExtrasCalls calls;

    DefaultSyncApi(UserExtrasCalls calls) {
        this.calls = calls;
    }

    @Override
    public SyncResult sync() {
        return calls.sync(SyncType.NORMAL).send();
    }

    @Override
    public SyncResult sync(SyncType type) {
        return calls.sync(type).send();
    }

    @Override
    public String toString() {
        return "SyncApi";
    }
}
