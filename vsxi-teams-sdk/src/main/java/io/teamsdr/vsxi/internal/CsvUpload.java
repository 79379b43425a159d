package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.http.BodyWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an upload as CSV while it is sent: header first, RFC 4180 quoting (only where needed),
 * CRLF line ends, UTF-8. Each record is checked just before it is written, so a bad record found
 * half-way aborts the request (the transport hands the {@link ValidationException} to the caller).
 * Memory stays constant unless duplicates are tracked while sending, whose key sets grow with the upload.
 */
final class CsvUpload implements BodyWriter {
    /** How many problems a full check lists before it stops looking. */
    static final int MAX_LISTED = 1000;

    private final RecordSource source;
    private final UploadLayout<?> layout;
    private final ProgressListener progress;
    private final boolean checkDuplicates;

    /**
     * Creates the writer.
     *
     * @param source the records
     * @param layout the columns
     * @param progress told of the rows written
     * @param checkDuplicates whether to track key columns for duplicates while sending (not needed
     *     when {@link #checkAll} already ran)
     */
    CsvUpload(RecordSource source, UploadLayout<?> layout, ProgressListener progress, boolean checkDuplicates) {
        this.source = source;
        this.layout = layout;
        this.progress = progress;
        this.checkDuplicates = checkDuplicates;
    }

    /**
     * Checks every record of a replayable source before anything is sent, listing up to
     * {@value #MAX_LISTED} problems.
     *
     * @param source the records
     * @param layout the columns
     * @throws ValidationException when any record is wrong
     */
    static void checkAll(RecordSource source, UploadLayout<?> layout) {
        RowChecker checker = new RowChecker(layout, true);
        List<Violation> problems = new ArrayList<>();
        boolean more = false;
        try (RecordCursor cursor = source.open()) {
            while (true) {
                @Nullable CsvRecord record;
                try {
                    record = nextRecord(cursor);
                } catch (ValidationException unreadable) {
                    problems.addAll(unreadable.violations());
                    break;
                }
                if (record == null) {
                    break;
                }
                if (problems.size() >= MAX_LISTED) {
                    more = true;
                    break;
                }
                problems.addAll(checker.check(record));
            }
        } catch (IOException unreadable) {
            throw new TeamsdrException("nothing was sent: the rows to upload could not be read ("
                    + unreadable.getMessage() + ")", unreadable);
        }
        if (more) {
            problems.add(new Violation("upload", null,
                    "checking stopped after " + MAX_LISTED + " problems; later lines were not checked"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        RowChecker checker = new RowChecker(layout, checkDuplicates);
        long rows = 0;
        // Not closed: the transport closes the body stream. Flushed once the rows are written.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        Rfc4180Writer csv = new Rfc4180Writer(text);
        // The header goes first even without rows: an empty replace-users upload is meaningful.
        csv.write(layout.columns().stream().map(Column::name).toArray(String[]::new));
        try (RecordCursor cursor = source.open()) {
            @Nullable CsvRecord record;
            while ((record = nextRecord(cursor)) != null) {
                List<Violation> problems = checker.check(record);
                if (!problems.isEmpty()) {
                    throw new ValidationException(problems);
                }
                csv.write(record.values());
                progress.onRows(++rows);
            }
        }
        text.flush();
    }

    /**
     * Reads the next record, turning a failure of the caller's own row source (a stream that
     * throws) into an SDK exception, which the transport passes to the caller unchanged instead of
     * reporting a network failure.
     */
    private static @Nullable CsvRecord nextRecord(RecordCursor cursor) {
        try {
            return cursor.next();
        } catch (TeamsdrException sdkFailure) {
            throw sdkFailure;
        } catch (IOException unreadable) {
            throw new TeamsdrException("the upload stopped: the CSV to upload could not be read ("
                    + unreadable.getMessage() + ")", unreadable);
        } catch (RuntimeException callerFailure) {
            throw new TeamsdrException("the upload stopped: the rows to upload could not be produced ("
                    + callerFailure + ")", callerFailure);
        }
    }
}
