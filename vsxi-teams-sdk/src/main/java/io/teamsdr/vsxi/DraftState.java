package io.teamsdr.vsxi;

/**
 * Where a {@link Draft} is in its life: {@code OPEN -> COMMITTED | DISCARDED | GONE}, or
 * {@code OUTCOME_UNKNOWN} when the answer to a commit did not prove whether it was applied and the
 * history could not tell either. Every state but {@code OPEN} is final: the draft then refuses
 * further calls, and closing it does nothing.
 */
public enum DraftState {
    /** Changes can be staged, reviewed, committed or discarded. */
    OPEN,
    /** The draft became a committed session. */
    COMMITTED,
    /** The draft and its staged changes were deleted. */
    DISCARDED,
    /**
     * The SBC answered that no draft is active ({@link NoActiveDraftException}): another client
     * committed or discarded this draft. What became of its changes is in {@code commits().list()}.
     */
    GONE,
    /**
     * A commit was sent, its answer did not prove the outcome (lost, cut short, or a server error),
     * and the SDK could not tell from the SBC whether it was applied; see the
     * {@link CommitOutcomeUnknownException} that reported it. Closing the draft then does not
     * discard, since the active draft, if any, may no longer be this one.
     */
    OUTCOME_UNKNOWN
}
