package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.async.CommitsAsync;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link CommitsAsync} of a client's async view. */
record DefaultCommitsAsync(VsxiEndpoints endpoints) implements CommitsAsync {
    @Override
    public CompletableFuture<List<Commit>> list() {
        return Call.sendAsync(endpoints::commits);
    }

    @Override
    public CompletableFuture<RollbackResult> rollbackLatest() {
        return Call.sendAsync(endpoints::rollbackLatest);
    }

    @Override
    public CompletableFuture<RollbackResult> rollbackTo(String session) {
        return Call.sendAsync(() -> endpoints.rollbackTo(session));
    }
}
