package io.teamsdr.provisioning;

import io.teamsdr.core.TeamsdrException;
import java.util.List;

/**
 * An apply was refused because the platforms no longer hold what the plan observed: someone changed
 * Fusion or the SBC since. Nothing was written. Make a new plan, review it, and apply that one.
 */
public class StalePlanException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final transient Fingerprint planned;
    private final transient Fingerprint current;

    /**
     * Creates the exception.
     *
     * @param planned the fingerprint the plan holds
     * @param current the fingerprint of the state read just now
     */
    public StalePlanException(Fingerprint planned, Fingerprint current) {
        super("The plan is stale: the state it was made from has changed (" + String.join(", ",
                planned.changedParts(current)) + "; fingerprint " + planned.shortValue() + " planned, "
                + current.shortValue() + " now). Nothing was written: make a new plan with plan(...), review it, "
                + "and apply that one.");
        this.planned = planned;
        this.current = current;
    }

    /**
     * Returns the fingerprint the plan holds.
     *
     * @return the planned fingerprint
     */
    public Fingerprint planned() {
        return planned;
    }

    /**
     * Returns the fingerprint of the state read at apply time.
     *
     * @return the current fingerprint
     */
    public Fingerprint current() {
        return current;
    }

    /**
     * Returns the parts of the observed state that changed.
     *
     * @return part names such as {@code fusion.users} or {@code sbc.users}
     */
    public List<String> changedParts() {
        return planned.changedParts(current);
    }
}
