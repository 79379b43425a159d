package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * The synchronization state of one user after a sync request.
 *
 * <p>An open enumeration: the documentation's list of values is incomplete, so a value the SDK does
 * not know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record SyncStatus(String value) {

    /** The synchronization of the user's phone number is under way. */
    public static final SyncStatus SYNCING = new SyncStatus("syncing");

    private static final KnownValues<SyncStatus> KNOWN = KnownValues.of(SyncStatus::value, SyncStatus::new, SYNCING);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public SyncStatus {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SyncStatus of(String value) {
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
     * Returns the values this SDK version knows.
     *
     * @return the constants
     */
    public static List<SyncStatus> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
