package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Records read from a caller's CSV (a file or a stream): header first, RFC 4180 quoting, UTF-8
 * (a byte order mark is allowed). The header must name every column of the layout, in any order,
 * and no other; header names are trimmed, values are kept exactly. Blank lines are skipped. Line
 * numbers are those of the caller's file.
 */
final class CsvFileRecords implements RecordSource {
    /** Opens the caller's bytes; called once per pass. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private final UploadLayout<?> layout;
    private final Opener opener;
    private final boolean replayable;

    private CsvFileRecords(UploadLayout<?> layout, Opener opener, boolean replayable) {
        this.layout = layout;
        this.opener = opener;
        this.replayable = replayable;
    }

    /**
     * Reads a file; each pass opens it again.
     *
     * @param layout the expected columns
     * @param file the CSV file
     * @return the source
     */
    static CsvFileRecords of(UploadLayout<?> layout, Path file) {
        return new CsvFileRecords(layout, () -> Files.newInputStream(file), true);
    }

    /**
     * Reads a stream once; the pass closes it.
     *
     * @param layout the expected columns
     * @param stream the CSV stream
     * @return the source
     */
    static CsvFileRecords of(UploadLayout<?> layout, InputStream stream) {
        return new CsvFileRecords(layout, () -> stream, false);
    }

    @Override
    public boolean replayable() {
        return replayable;
    }

    @Override
    public RecordCursor open() throws IOException {
        InputStream in = opener.open();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new Cursor(new Rfc4180Reader(reader), in);
    }

    /** One pass; reads the header before the first record. */
    private final class Cursor implements RecordCursor {
        private final Rfc4180Reader reader;
        private final InputStream in;
        private int @Nullable [] positions;
        private int headerSize;
        private long line = 1;

        Cursor(Rfc4180Reader reader, InputStream in) {
            this.reader = reader;
            this.in = in;
        }

        @Override
        public @Nullable CsvRecord next() throws IOException {
            try {
                if (positions == null) {
                    List<String> header = nextNonBlank();
                    if (header == null) {
                        throw invalid(new Violation("line 1", null, "empty CSV: the header line "
                                + layout.header() + " is expected"));
                    }
                    positions = readHeader(header);
                }
                List<String> values = nextNonBlank();
                if (values == null) {
                    return null;
                }
                if (values.size() > headerSize) {
                    throw invalid(new Violation("line " + line, null, "the record has " + values.size()
                            + " values but the header names " + headerSize + " columns"));
                }
                @Nullable String[] ordered = new String[positions.length];
                for (int i = 0; i < positions.length; i++) {
                    ordered[i] = positions[i] < values.size() ? values.get(positions[i]) : null;
                }
                return new CsvRecord(line, ordered);
            } catch (CharacterCodingException notUtf8) {
                throw invalid(new Violation("line " + reader.line(), null, "not valid UTF-8; save the file as UTF-8"));
            } catch (Rfc4180Reader.Malformed malformed) {
                throw invalid(new Violation("line " + malformed.line(), null, "invalid CSV: " + malformed.getMessage()));
            }
        }

        /** Reads records up to the next one holding a value; {@code null} at the end. */
        private @Nullable List<String> nextNonBlank() throws IOException {
            while (true) {
                List<String> values = reader.next();
                if (values == null) {
                    return null;
                }
                line = reader.recordLine();
                if (!(values.size() == 1 && values.get(0).isEmpty())) {
                    return values;
                }
            }
        }

        private int[] readHeader(List<String> header) {
            Map<String, Integer> found = new HashMap<>();
            List<Violation> problems = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip();
                if (found.putIfAbsent(name, i) != null) {
                    problems.add(new Violation("line " + line + ": " + name, name, "column named twice in the header"));
                }
            }
            List<Column> columns = layout.columns();
            int[] positions = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Integer position = found.remove(columns.get(i).name());
                if (position == null) {
                    problems.add(new Violation("line " + line + ": " + columns.get(i).name(), null,
                            "required column missing from the header; expected " + layout.header()));
                } else {
                    positions[i] = position;
                }
            }
            found.keySet().stream().sorted().forEach(unknown -> problems.add(new Violation(
                    "line " + line + ": " + unknown, unknown, "unknown column; expected " + layout.header())));
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            headerSize = header.size();
            return positions;
        }

        private ValidationException invalid(Violation violation) {
            return new ValidationException(List.of(violation));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
