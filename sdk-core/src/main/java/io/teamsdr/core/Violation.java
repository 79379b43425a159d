package io.teamsdr.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule an input broke, found before anything was sent.
 *
 * @param field the field, with its position when it is inside a list or a CSV row, e.g.
 *     {@code items[3].phoneNumber} or {@code line 12: did}
 * @param value the offending value as text ({@code ***} for secrets, {@code null} when missing)
 * @param rule what the value must be, e.g. {@code E.164 number: '+' and 2..15 digits}
 */
public record Violation(String field, @Nullable String value, String rule) implements java.io.Serializable {

    /** Validates the parts. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return field + " = " + (value == null ? "null" : "'" + value + "'") + ": " + rule;
    }
}
