package io.teamsdr.vsxi;

/**
 * Where a {@link Draft} is in its life: {@code OPEN -> COMMITTED | DISCARDED}, or
 * {@code OUTCOME_UNKNOWN} when a commit's answer was lost and the history could not tell whether it
 * happened. Every state but {@code OPEN} is final: the draft then refuses further calls.
 */
public enum DraftState {
    /** Changes can be staged, reviewed, committed or discarded. */
    OPEN,
    /** The draft became a committed session. */
    COMMITTED,
    /** The draft and its staged changes were deleted. */
    DISCARDED,
    /**
     * A commit was sent, its answer was lost, and the SDK could not tell from the SBC whether it was
     * applied; see the {@link CommitOutcomeUnknownException} that reported it. Closing the draft
     * then does not discard, since the active draft, if any, may no longer be this one.
     */
    OUTCOME_UNKNOWN
}
