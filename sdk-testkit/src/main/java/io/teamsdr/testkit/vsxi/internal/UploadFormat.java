package io.teamsdr.testkit.vsxi.internal;

import java.util.List;
import java.util.Optional;

/**
 * The columns one upload endpoint expects and how a record becomes a value.
 *
 * @param <T> the value a record describes
 */
public interface UploadFormat<T> {

    /**
     * The header names, in the documented order.
     *
     * @return the columns
     */
    List<String> columns();

    /**
     * Converts a record, checking the format of every field.
     *
     * @param record the record, with every column present
     * @param errors where each field violation is added
     * @return the value, empty when any field is invalid
     */
    Optional<T> map(CsvRecord record, List<RowError> errors);
}
