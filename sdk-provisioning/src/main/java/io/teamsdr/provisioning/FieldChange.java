package io.teamsdr.provisioning;

import java.util.Objects;
import java.util.Optional;

/**
 * One value an action changes: the field, the value observed and the value wanted. Lists (licenses,
 * groups) are shown as their names joined by {@code ", "}.
 *
 * @param field the field, e.g. {@code number}, {@code vrp}, {@code licenses} or {@code did}
 * @param before the value observed; empty when there is none
 * @param after the value after the action; empty when the action removes it
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when the field is missing
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = Objects.requireNonNullElse(before, Optional.empty());
        after = Objects.requireNonNullElse(after, Optional.empty());
    }

    /**
     * Describes a change.
     *
     * @param field the field
     * @param before the value observed, or {@code null} for none
     * @param after the value wanted, or {@code null} for none
     * @return the change
     */
    public static FieldChange of(String field, String before, String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    @Override
    public String toString() {
        return field + ": " + before.orElse("(none)") + " -> " + after.orElse("(none)");
    }
}
