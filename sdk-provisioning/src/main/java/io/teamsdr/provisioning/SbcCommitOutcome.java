package io.teamsdr.provisioning;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of the SBC draft of an apply.
 *
 * @param status nothing to write, confirmed, rolled back or failed
 * @param session the committed session's key; empty when nothing was committed
 * @param reason why it was rolled back or failed; empty otherwise
 */
public record SbcCommitOutcome(Status status, Optional<String> session, String reason) {

    /** The outcomes of the SBC draft. */
    public enum Status {
        /** The SBC needed no change (or every SBC change was skipped): no draft was opened. */
        NOTHING_TO_DO,
        /** Committed, and the check that reads the SBC back agreed. */
        CONFIRMED,
        /** Committed, the check disagreed, and the session was rolled back: the SBC is as before. */
        ROLLED_BACK,
        /** Nothing was committed (busy SBC, refused upload), or a rollback failed: see the reason. */
        FAILED
    }

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public SbcCommitOutcome {
        Objects.requireNonNull(status, "status");
        session = Objects.requireNonNullElse(session, Optional.empty());
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return status + session.map(key -> " session " + key).orElse("") + (reason.isEmpty() ? "" : ": " + reason);
    }
}
