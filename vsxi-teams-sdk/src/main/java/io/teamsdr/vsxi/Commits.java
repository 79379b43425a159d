package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The history of committed sessions, and rollback. Rollbacks are never retried by the SDK: a repeated
 * rollback would remove one session more.
 */
public interface Commits {

    /**
     * Lists the committed sessions ({@code GET /teams/commits}), in the SBC's order.
     *
     * @return the sessions with key, timestamp, description and change summary
     */
    List<Commit> list();

    /**
     * Lists the committed sessions without blocking.
     *
     * @return the future sessions
     */
    CompletableFuture<List<Commit>> listAsync();

    /**
     * Reverts the most recent committed session ({@code POST /teams/rollback}).
     *
     * @return what the SBC reported
     */
    RollbackResult rollbackLatest();

    /**
     * Reverts the most recent committed session without blocking.
     *
     * @return the future result
     */
    CompletableFuture<RollbackResult> rollbackLatestAsync();

    /**
     * Reverts to the configuration before a session ({@code POST /teams/rollback/{session}}):
     * <strong>removes that session and every newer one</strong>.
     *
     * @param session the key of the oldest session to remove
     * @return what the SBC reported
     */
    RollbackResult rollbackTo(String session);

    /**
     * Removes a session and every newer one without blocking.
     *
     * @param session the key of the oldest session to remove
     * @return the future result
     */
    CompletableFuture<RollbackResult> rollbackToAsync(String session);
}
