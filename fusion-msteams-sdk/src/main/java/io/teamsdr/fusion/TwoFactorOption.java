package io.teamsdr.fusion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.Objects;

/**
 * How Fusion delivers the second factor of a login: a code sent by e-mail or one from an
 * authenticator app (TOTP). An open enumeration: an unknown option is kept as it came.
 *
 * @param value the option as the API spells it
 */
public record TwoFactorOption(String value) {

    /** A code sent to the account's e-mail address. */
    public static final TwoFactorOption EMAIL = new TwoFactorOption("email");

    /** A time-based one-time code from an authenticator app. */
    public static final TwoFactorOption TOTP = new TwoFactorOption("totp");

    private static final KnownValues<TwoFactorOption> KNOWN = KnownValues.of(TwoFactorOption::value, TwoFactorOption::new, EMAIL, TOTP);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public TwoFactorOption {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the option
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TwoFactorOption of(String value) {
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

    @Override
    public String toString() {
        return value;
    }
}
