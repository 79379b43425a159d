package io.teamsdr.provisioning;

import java.util.Objects;

/**
 * What became of one planned action.
 *
 * @param action the action
 * @param status done, refused, skipped, rolled back or failed
 * @param reason why it was not done; empty when done
 */
public record Outcome(PlannedAction action, OutcomeStatus status, String reason) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public Outcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return action.kind().symbol() + " " + action.subject() + ": " + status + (reason.isEmpty() ? "" : " (" + reason
                + ")");
    }
}
