package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * Whether an MS Teams user may be voice activated, as the users list and read show it: {@code yes},
 * {@code no} or {@code maybe} (Fusion cannot tell from the user's licenses; ask
 * {@link io.teamsdr.fusion.UsersApi#checkVoice(String)}). Also the value of the users list's
 * voice filter.
 *
 * <p>An open enumeration: the documentation lost its list of values, so a value the SDK does not
 * know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record VoiceEnabled(String value) {

    /** The user can be voice enabled. */
    public static final VoiceEnabled YES = new VoiceEnabled("yes");

    /** The user cannot be voice enabled. */
    public static final VoiceEnabled NO = new VoiceEnabled("no");

    /** Fusion cannot tell from the user's licenses; check the user to find out. */
    public static final VoiceEnabled MAYBE = new VoiceEnabled("maybe");

    private static final KnownValues<VoiceEnabled> KNOWN = KnownValues.of(VoiceEnabled::value, VoiceEnabled::new, YES, NO, MAYBE);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public VoiceEnabled {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VoiceEnabled of(String value) {
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
    public static List<VoiceEnabled> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
