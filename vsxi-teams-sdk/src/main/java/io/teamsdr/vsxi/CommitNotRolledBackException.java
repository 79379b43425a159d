package io.teamsdr.vsxi;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.vsxi.model.Commit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed commit's check failed, but the SDK did <em>not</em> roll the commit back, so the
 * configuration the check rejected is <strong>still active</strong> on the SBC. Either someone else
 * committed after it (rolling back to it would remove their session too), or the commit had already
 * left the history, or the history or the rollback request failed. The message says which; decide by
 * hand, e.g. with {@code commits().list()} and {@code commits().rollbackTo(session)}.
 */
public class CommitNotRolledBackException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final transient Commit commit;
    private final transient List<Commit> newerSessions;
    private final transient @Nullable Throwable checkFailure;

    /**
     * Creates the exception.
     *
     * @param message what was seen and what to do
     * @param commit the session the draft became
     * @param newerSessions sessions committed by others since, empty when none was seen
     * @param checkFailure what the check threw, or {@code null} when it returned {@code false}
     * @param cause the failure that stopped the rollback, or {@code null} when it was refused
     */
    public CommitNotRolledBackException(String message, Commit commit, List<Commit> newerSessions,
                                        @Nullable Throwable checkFailure, @Nullable Throwable cause) {
        super(message, cause);
        this.commit = commit;
        this.newerSessions = List.copyOf(newerSessions);
        this.checkFailure = checkFailure;
        if (checkFailure != null && checkFailure != cause) {
            addSuppressed(checkFailure);
        }
    }

    /**
     * Returns the session that is still active.
     *
     * @return the commit
     */
    public Commit commit() {
        return commit;
    }

    /**
     * Returns the sessions others committed after this one.
     *
     * @return the sessions, empty when none was seen
     */
    public List<Commit> newerSessions() {
        return newerSessions;
    }

    /**
     * Returns what the check threw.
     *
     * @return the failure, empty when the check returned {@code false}
     */
    public Optional<Throwable> checkFailure() {
        return Optional.ofNullable(checkFailure);
    }
}
