package io.teamsdr.vsxi;

import io.teamsdr.core.TeamsdrException;

/**
 * The answer to a commit was lost, and the SBC shows that the commit was <em>not</em> applied: the
 * history has no new session and the draft is still active. The draft stays {@link DraftState#OPEN}
 * with its staged changes; calling {@link Draft#commit(String)} again is safe (a draft can be
 * committed only once, so if the first request is still being applied the second is refused).
 */
public class CommitNotAppliedException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final String description;

    /**
     * Creates the exception.
     *
     * @param description the description the commit was sent with
     * @param cause why the answer was lost
     */
    public CommitNotAppliedException(String description, Throwable cause) {
        super("The commit '" + description + "' was sent but its answer was lost (" + cause.getMessage()
                + "). GET /teams/commits shows no new session and the draft is still active, so nothing was"
                + " committed. The draft is still open with its changes: call commit(...) again once the SBC"
                + " answers, or discard the draft.", cause);
        this.description = description;
    }

    /**
     * Returns the description the commit was sent with.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
