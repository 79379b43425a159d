package io.teamsdr.provisioning;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a desired state: where it is (file and line, when it came from a file), the
 * field, the value and what the value must be.
 *
 * @param source the file (or other source) the value came from; empty for a state built in code
 * @param line the 1-based line in the source; empty when unknown
 * @param field the field, e.g. {@code users[3].number} or {@code sbc.pbxId}
 * @param value the offending value as text; {@code null} when the value is missing
 * @param reason what the value must be, e.g. {@code E.164 number: '+' and 2 to 15 digits}
 */
public record StateProblem(Optional<String> source, OptionalInt line, String field, String value, String reason) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when field or reason is missing
     */
    public StateProblem {
        source = Objects.requireNonNullElse(source, Optional.empty());
        line = Objects.requireNonNullElse(line, OptionalInt.empty());
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns where the problem is, e.g. {@code contoso.yaml:12} or {@code users.csv:7}.
     *
     * @return the location, empty for a state built in code
     */
    public String location() {
        String where = source.orElse("");
        if (line.isPresent()) {
            where = where + (where.isEmpty() ? "line " : ":") + line.getAsInt();
        }
        return where;
    }

    @Override
    public String toString() {
        String where = location();
        return (where.isEmpty() ? "" : where + ": ") + field + " = " + (value == null ? "(missing)" : "'" + value + "'")
                + ": " + reason;
    }
}
