package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a draft upload and where they come from. Whatever the source, the CSV is generated
 * while it is sent, so the rows never sit in memory as a whole.
 *
 * <ul>
 *   <li>{@link #of(Collection)} and {@link #fromCsv(Path)} can be read twice: every row is checked
 *       before anything is sent (all problems are reported at once), and a retry can send them again.</li>
 *   <li>{@link #of(Stream)}, {@link #of(Iterator)} and {@link #fromCsv(InputStream)} are read once,
 *       lazily, while sending: each row is checked just before it is written, and the first bad row
 *       aborts the upload with a {@link io.teamsdr.core.ValidationException} (the SBC does not apply
 *       an incomplete upload). Such an upload is never retried, and the rows cannot be uploaded
 *       twice. The stream is closed afterwards. Client memory stays constant whatever the row count,
 *       so duplicates across rows (tenant ids, DIDs, SIP users) are left to the SBC, which rejects
 *       them with their line; {@link OneShot#withDuplicateCheck()} finds them before the upload
 *       completes, at about 40 bytes per key (some 80 MB for a million SIP users).</li>
 * </ul>
 *
 * <p>CSV input: header first (columns in any order, all required, no others), RFC 4180 quoting,
 * UTF-8. Lines in problems are those of the caller's file; for typed rows they are those of the CSV
 * the SDK sends, whose header is line 1 (the first row is line 2).
 *
 * <p>The rows are produced on the SDK's upload thread, not the caller's.
 *
 * @param <T> the row type: {@link io.teamsdr.vsxi.model.SbcTenant},
 *     {@link io.teamsdr.vsxi.model.SipUser}, or {@code String} for the ids of a deletion
 */
public sealed interface Rows<T> permits Rows.Listed, Rows.CsvFile, Rows.OneShot {

    /**
     * Rows held in a collection; checked as a whole before sending.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    static <T> Listed<T> of(Collection<? extends T> rows) {
        return new Listed<>(Objects.requireNonNull(rows, "rows"), ProgressListener.NONE);
    }

    /**
     * Rows produced lazily by a stream, read once while sending; the stream is closed afterwards.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    static <T> OneShot<T> of(Stream<? extends T> rows) {
        return new OneShot<>(new OneShot.Source<>(Objects.requireNonNull(rows, "rows"), null), ProgressListener.NONE, false);
    }

    /**
     * Rows produced lazily by an iterator, read once while sending.
     *
     * @param rows the rows
     * @param <T> the row type
     * @return the rows
     */
    static <T> OneShot<T> of(Iterator<? extends T> rows) {
        Objects.requireNonNull(rows, "rows");
        return of(StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false));
    }

    /**
     * Rows in a CSV file; checked as a whole before sending, then streamed from disk.
     *
     * @param csv the file
     * @param <T> the row type the upload expects
     * @return the rows
     */
    static <T> CsvFile<T> fromCsv(Path csv) {
        return new CsvFile<>(Objects.requireNonNull(csv, "csv"), ProgressListener.NONE);
    }

    /**
     * Rows in a CSV stream, read once while sending; the stream is closed afterwards.
     *
     * @param csv the stream
     * @param <T> the row type the upload expects
     * @return the rows
     */
    static <T> OneShot<T> fromCsv(InputStream csv) {
        return new OneShot<>(new OneShot.Source<>(null, Objects.requireNonNull(csv, "csv")), ProgressListener.NONE, false);
    }

    /**
     * Returns the listener told of the rows written.
     *
     * @return the listener, {@link ProgressListener#NONE} unless set
     */
    ProgressListener progress();

    /**
     * Returns these rows with a listener told of the rows written ({@link ProgressListener#onRows(long)}).
     *
     * @param listener the listener; called on the upload thread, must return quickly
     * @return the rows with the listener
     */
    Rows<T> withProgress(ProgressListener listener);

    /**
     * Tells whether the rows can be read more than once (checked before sending, retried if needed).
     *
     * @return {@code true} for a collection or a file
     */
    default boolean isReplayable() {
        return !(this instanceof OneShot);
    }

    /**
     * Rows held in a collection.
     *
     * @param rows the rows
     * @param progress told of the rows written
     * @param <T> the row type
     */
    record Listed<T>(Collection<? extends T> rows, ProgressListener progress) implements Rows<T> {

        @Override
        public Listed<T> withProgress(ProgressListener listener) {
            return new Listed<>(rows, Objects.requireNonNull(listener, "listener"));
        }

        /** Names the size, not the rows, which may be many. */
        @Override
        public String toString() {
            return "Rows.Listed[" + rows.size() + " rows]";
        }
    }

    /**
     * Rows in a CSV file.
     *
     * @param file the file
     * @param progress told of the rows written
     * @param <T> the row type the upload expects
     */
    record CsvFile<T>(Path file, ProgressListener progress) implements Rows<T> {

        @Override
        public CsvFile<T> withProgress(ProgressListener listener) {
            return new CsvFile<>(file, Objects.requireNonNull(listener, "listener"));
        }
    }

    /**
     * Rows read once while they are sent: from a stream, an iterator or a CSV input stream. Copies
     * made by {@link #withProgress} and {@link #withDuplicateCheck()} share the one source, so the
     * rows can still be uploaded only once.
     *
     * @param <T> the row type
     */
    final class OneShot<T> implements Rows<T> {
        /** The one source behind a {@code OneShot} and its copies; it can be taken once. */
        private static final class Source<T> {
            private final @Nullable Stream<? extends T> rows;
            private final @Nullable InputStream csv;
            private final AtomicBoolean taken = new AtomicBoolean();

            Source(@Nullable Stream<? extends T> rows, @Nullable InputStream csv) {
                this.rows = rows;
                this.csv = csv;
            }
        }

        private final Source<T> source;
        private final ProgressListener progress;
        private final boolean duplicateCheck;

        private OneShot(Source<T> source, ProgressListener progress, boolean duplicateCheck) {
            this.source = source;
            this.progress = Objects.requireNonNull(progress, "listener");
            this.duplicateCheck = duplicateCheck;
        }

        /**
         * Returns rows that are also checked for duplicates across rows while they are sent (a
         * duplicate aborts the upload at its line). Costs memory proportional to the row count;
         * collections and files are always checked in full.
         *
         * @return the rows with the duplicate check
         */
        public OneShot<T> withDuplicateCheck() {
            return new OneShot<>(source, progress, true);
        }

        /**
         * Tells whether duplicates across rows are checked while sending.
         *
         * @return {@code true} after {@link #withDuplicateCheck()}
         */
        public boolean checksDuplicates() {
            return duplicateCheck;
        }

        @Override
        public ProgressListener progress() {
            return progress;
        }

        @Override
        public OneShot<T> withProgress(ProgressListener listener) {
            return new OneShot<>(source, listener, duplicateCheck);
        }

        /**
         * Takes the rows for the one upload that reads them, handing them to the function for their kind.
         *
         * @param typed receives typed rows (from a stream or an iterator)
         * @param csv receives a CSV input stream
         * @param <R> the result type
         * @return what the function returned
         * @throws IllegalStateException when the rows were already taken
         */
        public <R> R take(Function<Stream<? extends T>, R> typed, Function<InputStream, R> csv) {
            if (!source.taken.compareAndSet(false, true)) {
                throw new IllegalStateException("these rows were already uploaded; a stream, iterator or CSV"
                        + " stream can be read only once");
            }
            return source.rows != null ? typed.apply(source.rows) : csv.apply(Objects.requireNonNull(source.csv));
        }

        @Override
        public String toString() {
            return "Rows[" + (source.csv != null ? "a CSV stream" : "a stream") + ", read once]";
        }
    }
}
