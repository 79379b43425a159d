package io.teamsdr.vsxi.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a confirmed commit: the session that was committed and whether it stayed.
 *
 * @param commit the session the draft became
 * @param outcome whether the check confirmed it or it was rolled back
 * @param checkFailure why the check failed: the exception it threw, or empty when it returned
 *     {@code false} (always empty when confirmed)
 */
public record ConfirmedCommit(Commit commit, Outcome outcome, Optional<Throwable> checkFailure) {

    /** What happened to the committed session. */
    public enum Outcome {
        /** The check passed; the session is active. */
        CONFIRMED,
        /** The check failed; the session was removed and the configuration before it is active again. */
        ROLLED_BACK
    }

    /**
     * Validates the parts.
     *
     * @param commit the session the draft became
     * @param outcome whether the check confirmed it or it was rolled back
     * @param checkFailure why the check failed: the exception it threw, or empty when it returned
     *     {@code false} (always empty when confirmed)
     */
    public ConfirmedCommit {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(outcome, "outcome");
        checkFailure = checkFailure == null ? Optional.empty() : checkFailure;
    }

    /**
     * Tells whether the commit stayed.
     *
     * @return {@code true} when confirmed
     */
    public boolean isConfirmed() {
        return outcome == Outcome.CONFIRMED;
    }
}
