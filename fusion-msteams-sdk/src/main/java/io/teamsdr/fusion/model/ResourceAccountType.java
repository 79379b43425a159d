package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * The kind of an MS Teams resource account. The API documents exactly the two constants; an account of another kind read from the server is kept as it came, but only the constants may be sent.
 *
 * <p>An open enumeration: the documentation's list of values is incomplete, so a value the SDK does
 * not know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record ResourceAccountType(String value) {

    /** A resource account serving a call queue. */
    public static final ResourceAccountType CALL_QUEUE = new ResourceAccountType("call-queue");

    /** A resource account serving an auto attendant. */
    public static final ResourceAccountType AUTO_ATTENDANT = new ResourceAccountType("auto-attendant");

    private static final KnownValues<ResourceAccountType> KNOWN = KnownValues.of(ResourceAccountType::value, ResourceAccountType::new, CALL_QUEUE, AUTO_ATTENDANT);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public ResourceAccountType {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResourceAccountType of(String value) {
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
    public static List<ResourceAccountType> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
