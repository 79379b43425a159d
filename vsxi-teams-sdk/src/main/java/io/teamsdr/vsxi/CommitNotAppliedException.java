package io.teamsdr.vsxi;

import io.teamsdr.core.TeamsdrException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a commit did not prove its outcome (it was lost, cut short, unreadable, or a 5xx),
 * and the SBC shows that the commit was <em>not</em> applied: the history has no new session and the
 * draft is still active. The draft stays {@link DraftState#OPEN} with its staged changes; calling
 * {@link Draft#commit(String)} again is safe (a draft can be committed only once, so if the first
 * request is still being applied the second is refused).
 */
public class CommitNotAppliedException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    /** The description the commit was sent with, {@code null} for none. */
    private final @Nullable String description;

    /**
     * Creates the exception.
     *
     * @param description the description the commit was sent with, {@code null} when none
     * @param cause the answer that proved nothing: a transport failure, an unreadable body or a 5xx
     */
    public CommitNotAppliedException(@Nullable String description, Throwable cause) {
        super("The commit" + (description == null ? "" : " '" + description + "'")
                + " was sent but its answer did not prove the outcome (" + cause.getMessage()
                + "). GET /teams/commits shows no new session and the draft is still active, so nothing was"
                + " committed. The draft is still open with its changes: call commit(...) again once the SBC"
                + " answers, or discard the draft.", cause);
        this.description = description;
    }

    /**
     * Returns the description the commit was sent with.
     *
     * @return the description, empty when the commit had none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }
}
