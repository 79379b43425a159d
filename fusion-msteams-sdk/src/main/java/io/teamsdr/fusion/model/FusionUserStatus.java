package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether the phone number Fusion configured for a user or resource account is synced into
 * Microsoft Teams (the {@code status} of the Fusion part of a user or resource account).
 *
 * <p>An open enumeration: the documentation lost its list of values, so a value the SDK does not
 * know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 * {@code active} is the documented settled value; {@code creating}, {@code updating} and
 * {@code syncing} are the in-progress values seen while Microsoft applies a change.
 *
 * @param value the value as the API spells it
 */
public record FusionUserStatus(String value) {

    /** The number is configured and synced into Microsoft Teams. */
    public static final FusionUserStatus ACTIVE = new FusionUserStatus("active");

    /** Fusion created the account; Microsoft has not finished creating it. */
    public static final FusionUserStatus CREATING = new FusionUserStatus("creating");

    /** Fusion changed the account; Microsoft has not finished applying the change. */
    public static final FusionUserStatus UPDATING = new FusionUserStatus("updating");

    /** The phone number is being synchronized with Microsoft Teams. */
    public static final FusionUserStatus SYNCING = new FusionUserStatus("syncing");

    private static final KnownValues<FusionUserStatus> KNOWN = KnownValues.of(FusionUserStatus::value, FusionUserStatus::new, ACTIVE, CREATING, UPDATING, SYNCING);
    private static final Set<FusionUserStatus> IN_PROGRESS = Set.of(CREATING, UPDATING, SYNCING);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public FusionUserStatus {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FusionUserStatus of(String value) {
        return KNOWN.of(value);
    }

    /**
     * Returns the value as the API spells it.
     *
     * @return the raw value
     */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Tells whether this SDK version knows the value.
     *
     * @return {@code true} for one of the constants
     */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * Tells whether Microsoft is still applying a change ({@code creating}, {@code updating},
     * {@code syncing}). An unknown value counts as settled, so that a waiter never waits for a
     * state it cannot recognise; callers who know other in-progress values pass their own condition.
     *
     * @return {@code true} for a known in-progress value
     */
    public boolean isInProgress() {
        return IN_PROGRESS.contains(this);
    }

    /**
     * Returns the values this SDK version knows.
     *
     * @return the constants
     */
    public static List<FusionUserStatus> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
