package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.util.List;

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
     * Reverts the most recent committed session ({@code POST /teams/rollback}).
     *
     * @return what the SBC reported
     */
    RollbackResult rollbackLatest();

    /**
     * Reverts to the configuration before a session ({@code POST /teams/rollback/{session}}):
     * <strong>removes that session and every newer one</strong>.
     *
     * @param session the key of the oldest session to remove, from {@link #list()}
     * @return what the SBC reported
     * @throws io.teamsdr.core.ValidationException when the session key is blank, before anything is sent
     * @throws io.teamsdr.core.NotFoundException when the SBC has no such session
     */
    RollbackResult rollbackTo(String session);
}
