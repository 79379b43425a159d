package io.teamsdr.provisioning.internal;

/**
 * What became of the SBC draft.
 *
 * @param status confirmed, rolled back, or failed before or during the commit
 * @param session the committed session's key, or {@code null} when nothing was committed
 * @param reason why it was rolled back or failed; empty when confirmed
 */
public record SbcCommitResult(Status status, String session, String reason) {

    /** The outcome of the draft. */
    public enum Status {
        /** Committed, and the check read back what was written. */
        CONFIRMED,
        /** Committed, the check failed, and the session was rolled back: the SBC is as before. */
        ROLLED_BACK,
        /** Nothing was committed (the draft could not be opened, an upload was refused), or a rollback failed. */
        FAILED
    }
}
