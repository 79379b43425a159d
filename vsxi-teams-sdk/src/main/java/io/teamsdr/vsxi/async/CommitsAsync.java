package io.teamsdr.vsxi.async;

import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The history of committed sessions, and rollback, without blocking; the asynchronous
 * {@link io.teamsdr.vsxi.Commits}. Rollbacks are never retried.
 */
public interface CommitsAsync {

    /**
     * Lists the committed sessions.
     *
     * @return the future sessions
     * @see io.teamsdr.vsxi.Commits#list()
     */
    CompletableFuture<List<Commit>> list();

    /**
     * Reverts the most recent committed session.
     *
     * @return the future result
     * @see io.teamsdr.vsxi.Commits#rollbackLatest()
     */
    CompletableFuture<RollbackResult> rollbackLatest();

    /**
     * Removes a session and every newer one.
     *
     * @param session the key of the oldest session to remove
     * @return the future result; failed with a {@link io.teamsdr.core.ValidationException} for a
     *     blank key, before anything is sent
     * @see io.teamsdr.vsxi.Commits#rollbackTo(String)
     */
    CompletableFuture<RollbackResult> rollbackTo(String session);
}
