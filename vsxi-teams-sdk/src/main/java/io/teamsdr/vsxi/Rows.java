package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.internal.CsvFileRecords;
import io.teamsdr.vsxi.internal.RecordSource;
import io.teamsdr.vsxi.internal.TypedRecords;
import io.teamsdr.vsxi.internal.UploadLayout;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The rows of an upload and where they come from. Whatever the source, the CSV is generated while
 * it is sent, so the rows never sit in memory as a whole.
 *
 * <ul>
 *   <li>{@link #of(Collection)} and {@link #fromCsv(Path)} can be read twice: every row is checked
 *       before anything is sent (all problems are reported at once), and a retry can send them again.</li>
 *   <li>{@link #of(Stream)}, {@link #of(Iterator)} and {@link #fromCsv(InputStream)} are read once,
 *       lazily, while sending: each row is checked just before it is written, and the first bad row
 *       aborts the upload with a {@link io.teamsdr.core.ValidationException} (the SBC does not apply
 *       an incomplete upload). Such an upload is never retried. The stream is closed afterwards.
 *       Client memory stays constant whatever the row count, so duplicates across rows (tenant ids,
 *       DIDs, SIP users) are left to the SBC, which rejects them with their line; call
 *       {@link #withDuplicateCheck()} to find them before the upload completes, at about 40 bytes per
 *       key (some 80 MB for a million users).</li>
 * </ul>
 *
 * <p>CSV input: header first (columns in any order, all required, no others), RFC 4180 quoting,
 * UTF-8. Lines in problems are those of the caller's file; for typed rows they are those of the CSV
 * the SDK sends, whose header is line 1 (the first row is line 2).
 *
 * <p>The row producer runs on the SDK's upload thread, not the caller's.
 *
 * @param <T> the row type: {@link io.teamsdr.vsxi.model.TeamsTenant},
 *     {@link io.teamsdr.vsxi.model.TeamsUser}, or {@code String} for the ids of a deletion
 */
public final class Rows<T> {
    private final Collection<? extends T> collection;
    private final Iterator<? extends T> iterator;
    private final Stream<? extends T> stream;
    private final Path file;
    private final InputStream csv;
    private final ProgressListener progress;
    private final boolean duplicateCheck;
    private final AtomicBoolean used;

    private Rows(Collection<? extends T> collection, Iterator<? extends T> iterator, Stream<? extends T> stream,
                 Path file, InputStream csv, ProgressListener progress, boolean duplicateCheck, AtomicBoolean used) {
        this.collection = collection;
        this.iterator = iterator;
        this.stream = stream;
        this.file = file;
        this.csv = csv;
        this.progress = progress;
        this.duplicateCheck = duplicateCheck;
        this.used = used;
    }

    /**
     * Rows held in a collection; checked as a whole before sending.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    public static <T> Rows<T> of(Collection<? extends T> rows) {
        return new Rows<>(Objects.requireNonNull(rows, "rows"), null, null, null, null, ProgressListener.NONE,
                false, new AtomicBoolean());
    }

    /**
     * Rows produced lazily by a stream, read once while sending; the stream is closed afterwards.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    public static <T> Rows<T> of(Stream<? extends T> rows) {
        return new Rows<>(null, null, Objects.requireNonNull(rows, "rows"), null, null, ProgressListener.NONE,
                false, new AtomicBoolean());
    }

    /**
     * Rows produced lazily by an iterator, read once while sending.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    public static <T> Rows<T> of(Iterator<? extends T> rows) {
        return new Rows<>(null, Objects.requireNonNull(rows, "rows"), null, null, null, ProgressListener.NONE,
                false, new AtomicBoolean());
    }

    /**
     * Rows in a CSV file; checked as a whole before sending, then streamed from disk.
     *
     * @param csv the file
     * @param <T> the row type the upload expects
     * @return the rows
     */
    public static <T> Rows<T> fromCsv(Path csv) {
        return new Rows<>(null, null, null, Objects.requireNonNull(csv, "csv"), null, ProgressListener.NONE,
                false, new AtomicBoolean());
    }

    /**
     * Rows in a CSV stream, read once while sending; the stream is closed afterwards.
     *
     * @param csv the stream
     * @param <T> the row type the upload expects
     * @return the rows
     */
    public static <T> Rows<T> fromCsv(InputStream csv) {
        return new Rows<>(null, null, null, null, Objects.requireNonNull(csv, "csv"), ProgressListener.NONE,
                false, new AtomicBoolean());
    }

    /**
     * Returns these rows with a listener told of the rows written ({@link ProgressListener#onRows(long)}).
     *
     * @param listener the listener; called on the upload thread, must return quickly
     * @return the rows with the listener
     */
    public Rows<T> withProgress(ProgressListener listener) {
        return new Rows<>(collection, iterator, stream, file, csv, Objects.requireNonNull(listener, "listener"),
                duplicateCheck, used);
    }

    /**
     * Returns rows that, read once from a stream, iterator or CSV input stream, are also checked for
     * duplicates across rows while they are sent (a duplicate aborts the upload at its line). Costs
     * memory proportional to the row count; collections and files are always checked in full.
     *
     * @return the rows with the duplicate check
     */
    public Rows<T> withDuplicateCheck() {
        return new Rows<>(collection, iterator, stream, file, csv, progress, true, used);
    }

    boolean checksDuplicatesWhileSending() {
        return duplicateCheck;
    }

    /**
     * Tells whether the rows can be read more than once (checked before sending, retried if needed).
     *
     * @return {@code true} for a collection or a file
     */
    public boolean isReplayable() {
        return collection != null || file != null;
    }

    ProgressListener progress() {
        return progress;
    }

    RecordSource toSource(UploadLayout<T> layout) {
        if (!isReplayable() && !used.compareAndSet(false, true)) {
            throw new IllegalStateException("these rows were already uploaded; a stream or iterator can be read only once");
        }
        if (collection != null) {
            return new TypedRecords<>(layout, collection::iterator, true, () -> { });
        }
        if (stream != null) {
            return new TypedRecords<>(layout, stream::iterator, false, stream::close);
        }
        if (iterator != null) {
            return new TypedRecords<>(layout, () -> iterator, false, () -> { });
        }
        if (file != null) {
            return CsvFileRecords.of(layout, file);
        }
        return CsvFileRecords.of(layout, csv);
    }

    @Override
    public String toString() {
        String source = collection != null ? collection.size() + " rows"
                : stream != null ? "a stream" : iterator != null ? "an iterator"
                : file != null ? "CSV file " + file : "a CSV stream";
        return "Rows[" + source + "]";
    }
}
