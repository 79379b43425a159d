package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.Commits;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.util.List;

/** The {@link Commits} of a client. */
record DefaultCommits(VsxiEndpoints endpoints) implements Commits {
    @Override
    public List<Commit> list() {
        return endpoints.commits().send();
    }

    @Override
    public RollbackResult rollbackLatest() {
        return endpoints.rollbackLatest().send();
    }

    @Override
    public RollbackResult rollbackTo(String session) {
        return endpoints.rollbackTo(session).send();
    }
}
