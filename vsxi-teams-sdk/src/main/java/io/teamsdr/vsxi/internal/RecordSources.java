package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.Rows;

/** Where the records of an upload come from, for each kind of {@link Rows}. */
final class RecordSources {
    private RecordSources() {
    }

    /**
     * Returns the records of rows; a one-shot source is taken here, so it can be uploaded only once.
     *
     * @throws IllegalStateException when one-shot rows were already uploaded
     */
    static <T> RecordSource of(Rows<T> rows, UploadLayout<T> layout) {
        if (rows instanceof Rows.Listed<T> listed) {
            return new TypedRecords<>(layout, listed.rows()::iterator, true, () -> { });
        }
        if (rows instanceof Rows.CsvFile<T> file) {
            return CsvFileRecords.of(layout, file.file());
        }
        return ((Rows.OneShot<T>) rows).take(
                stream -> new TypedRecords<>(layout, stream::iterator, false, stream::close),
                csv -> CsvFileRecords.of(layout, csv));
    }
}
