package io.teamsdr.vsxi;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.vsxi.model.Commit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a commit did not prove its outcome (it was lost, cut short, unreadable, or a 5xx)
 * and the SBC could not tell whether the commit happened: the history could not be read, or it
 * shows sessions the SDK cannot attribute, or neither a new session nor the draft is there. The
 * message says what was seen and what to check. Do not upload the same changes again before
 * {@code commits().list()} shows whether a session with {@link #description()} exists. The draft is
 * left in {@link DraftState#OUTCOME_UNKNOWN}.
 */
public class CommitOutcomeUnknownException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    /** The description the commit was sent with, {@code null} for none. */
    private final @Nullable String description;
    private final transient List<Commit> newSessions;

    /**
     * Creates the exception.
     *
     * @param message what was seen and what to do
     * @param description the description the commit was sent with, {@code null} when none
     * @param newSessions sessions that appeared in the history since before the commit
     * @param cause the answer that proved nothing: a transport failure, an unreadable body or a 5xx
     */
    public CommitOutcomeUnknownException(String message, @Nullable String description, List<Commit> newSessions,
                                         Throwable cause) {
        super(message, cause);
        this.description = description;
        this.newSessions = List.copyOf(newSessions);
    }

    /**
     * Returns the description the commit was sent with, to look for in the history.
     *
     * @return the description, empty when the commit had none
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the sessions that appeared in the history since before the commit.
     *
     * @return the sessions, empty when none appeared or the history could not be read
     */
    public List<Commit> newSessions() {
        return newSessions;
    }
}
