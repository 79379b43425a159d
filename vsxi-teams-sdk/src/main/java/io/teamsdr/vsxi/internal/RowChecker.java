package io.teamsdr.vsxi.internal;

import io.teamsdr.core.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the records of one upload in order: every column present, values in their format and,
 * when asked, key columns unique across the upload. Keeps only the key sets, never the records; the
 * key sets are the one part whose memory grows with the upload (about 40 bytes a key).
 */
final class RowChecker {
    private final List<Column> columns;
    private final UniqueKeys[] keys;

    /**
     * Starts the checks of one upload.
     *
     * @param layout the layout
     * @param checkDuplicates whether to track key columns for duplicates
     */
    RowChecker(UploadLayout<?> layout, boolean checkDuplicates) {
        this.columns = layout.columns();
        this.keys = new UniqueKeys[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            if (checkDuplicates && columns.get(i).unique()) {
                keys[i] = new UniqueKeys();
            }
        }
    }

    /**
     * Checks the next record.
     *
     * @param record the record
     * @return what is wrong with it, empty when nothing
     */
    List<Violation> check(CsvRecord record) {
        List<Violation> problems = new ArrayList<>(0);
        String[] values = record.values();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String value = values[i];
            String field = "line " + record.line() + ": " + column.name();
            if (value == null || value.isBlank()) {
                problems.add(new Violation(field, shown(column, value), "required"));
            } else if (!column.format().accepts(value)) {
                problems.add(new Violation(field, shown(column, value), column.format().rule()));
            } else if (keys[i] != null) {
                long first = keys[i].putIfAbsent(value, record.line());
                if (first != 0) {
                    problems.add(new Violation(field, shown(column, value),
                            "must be unique in the upload; already on line " + first));
                }
            }
        }
        return problems;
    }

    private static String shown(Column column, String value) {
        return column.secret() && value != null ? "***" : value;
    }
}
