package io.teamsdr.testkit.vsxi.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One data record of an upload, its values addressed by header name.
 */
public final class CsvRecord {

    private final int line;
    private final Map<String, Integer> columns;
    private final List<String> values;

    CsvRecord(int line, Map<String, Integer> columns, List<String> values) {
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    /**
     * The physical line where the record starts.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    /**
     * The value of a column; the reader has already checked that every column is present.
     *
     * @param column header name
     * @return the raw value, never {@code null}
     */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new IllegalArgumentException("Upload has no column " + column);
        }
        return values.get(index);
    }

    /**
     * Reads a column and checks it, recording a violation for this line when the check fails.
     *
     * @param column header name
     * @param rule a format rule from {@link FieldRules}
     * @param errors where violations are collected
     * @return the value, empty when it broke the rule
     */
    public Optional<String> checked(String column, Function<String, Optional<String>> rule,
            List<RowError> errors) {
        String value = get(column);
        Optional<String> problem = rule.apply(value);
        problem.ifPresent(reason -> errors.add(new RowError(line, column, reason)));
        return problem.isPresent() ? Optional.empty() : Optional.of(value);
    }
}
