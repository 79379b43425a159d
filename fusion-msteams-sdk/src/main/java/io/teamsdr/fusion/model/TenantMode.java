package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.teamsdr.core.internal.KnownValues;
import java.util.List;
import java.util.Objects;

/**
 * How the MS Teams tenant was onboarded (the {@code mode} of the tenant status).
 *
 * <p>An open enumeration: the documentation's list of values is incomplete, so a value the SDK does
 * not know is kept as it came ({@link #isKnown()} is then {@code false}) instead of failing the call.
 *
 * @param value the value as the API spells it
 */
public record TenantMode(String value) {

    /** Direct Routing: calls reach Teams through the operator's SBC. */
    public static final TenantMode DIRECT_ROUTING = new TenantMode("direct_routing");

    /** Operator Connect: the operator is connected through Microsoft's operator programme. */
    public static final TenantMode OPERATOR_CONNECT = new TenantMode("operator_connect");

    private static final KnownValues<TenantMode> KNOWN = KnownValues.of(TenantMode::value, TenantMode::new, DIRECT_ROUTING, OPERATOR_CONNECT);

    /**
     * Wraps a value, known or not.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public TenantMode {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the constant for a known value, or a new instance keeping an unknown one.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TenantMode of(String value) {
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
    public static List<TenantMode> knownValues() {
        return KNOWN.values();
    }

    @Override
    public String toString() {
        return value;
    }
}
