package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * Where the MS Teams tenant of a subscription stands in the onboarding process. Values other than the two constants name an ongoing onboarding step.
 *
 * <p>An open enumeration: the documentation's list of values is incomplete, so a value the SDK does
 * not know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record OnboardingStatus(String value) {

    /** The MS Teams tenant is linked to the subscription. */
    public static final OnboardingStatus ONBOARDED = new OnboardingStatus("onboarded");

    /** No MS Teams tenant is linked to the subscription yet. */
    public static final OnboardingStatus NOT_INITIATED = new OnboardingStatus("not_initiated");

    private static final KnownValues<OnboardingStatus> KNOWN = KnownValues.of(OnboardingStatus::value, OnboardingStatus::new, ONBOARDED, NOT_INITIATED);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public OnboardingStatus {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OnboardingStatus of(String value) {
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
    public static List<OnboardingStatus> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
