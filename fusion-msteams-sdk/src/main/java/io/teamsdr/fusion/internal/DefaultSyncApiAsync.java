package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.SyncApiAsync;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link SyncApiAsync}: runs the descriptions of {@link UserExtrasCalls}. */
final class DefaultSyncApiAsync implements SyncApiAsync {
    private final UserExtrasCalls calls;

    DefaultSyncApiAsync(UserExtrasCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<SyncResult> sync() {
        return calls.sync(SyncType.NORMAL).sendAsync();
    }

    @Override
    public CompletableFuture<SyncResult> sync(SyncType type) {
        return calls.sync(type).sendAsync();
    }

    @Override
    public String toString() {
        return "SyncApiAsync";
    }
}
