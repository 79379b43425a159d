package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a bulk job ({@code success}, {@code partial}, {@code error}) or of one of its
 * items ({@code success}, {@code error}).
 *
 * <p>An open enumeration: a value the SDK does not know is kept as it came ({@link #isKnown()} is
 * then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record BulkStatus(String value) {

    /** Every item succeeded. */
    public static final BulkStatus SUCCESS = new BulkStatus("success");

    /** Some items succeeded, some failed. */
    public static final BulkStatus PARTIAL = new BulkStatus("partial");

    /** No item succeeded. */
    public static final BulkStatus ERROR = new BulkStatus("error");

    private static final KnownValues<BulkStatus> KNOWN = KnownValues.of(BulkStatus::value, BulkStatus::new, SUCCESS, PARTIAL, ERROR);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public BulkStatus {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BulkStatus of(String value) {
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
    public static List<BulkStatus> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
