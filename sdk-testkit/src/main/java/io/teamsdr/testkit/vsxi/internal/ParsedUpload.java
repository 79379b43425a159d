package io.teamsdr.testkit.vsxi.internal;

import java.util.List;

/**
 * What an upload body held: the records that passed the format checks and every violation
 * found. The upload is acceptable only when {@code errors} is empty.
 *
 * @param rows valid records, in file order
 * @param errors format and syntax violations, in file order
 * @param <T> record value type
 */
public record ParsedUpload<T>(List<Numbered<T>> rows, List<RowError> errors) {

    /**
     * Freezes the lists.
     *
     * @param rows valid records, in file order
     * @param errors format and syntax violations, in file order
     */
    public ParsedUpload {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
