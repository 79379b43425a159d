package io.teamsdr.vsxi.internal;

import java.io.Closeable;
import java.io.IOException;

/** One pass over the records of an upload. */
interface RecordCursor extends Closeable {

    /**
     * Returns the next record.
     *
     * @return the record, or {@code null} after the last one
     * @throws IOException when the source cannot be read
     * @throws io.teamsdr.core.ValidationException when a CSV source is malformed or lacks columns
     */
    CsvRecord next() throws IOException;
}
