package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * How the active draft changes a listed tenant or user (the {@code draft} marker of a read with
 * {@code includeDraft=true}).
 *
 * <p>An open enumeration: the document does not list the values, so a value the SDK does not know
 * is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record DraftChange(String value) {

    /** The draft adds the record. */
    public static final DraftChange ADDED = new DraftChange("added");
    /** The draft changes the record. */
    public static final DraftChange UPDATED = new DraftChange("updated");
    /** The draft deletes the record. */
    public static final DraftChange DELETED = new DraftChange("deleted");

    private static final KnownValues<DraftChange> KNOWN = KnownValues.of(DraftChange::value, DraftChange::new, ADDED, UPDATED, DELETED);

    /**
     * Wraps a value, known or not.
     *
     * @param value the value as the API spells it
     * @throws NullPointerException if {@code value} is null
     */
    public DraftChange {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DraftChange of(String value) {
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
    public static List<DraftChange> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
