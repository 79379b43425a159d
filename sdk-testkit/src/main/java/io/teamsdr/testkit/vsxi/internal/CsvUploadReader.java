package io.teamsdr.testkit.vsxi.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an upload body record by record straight from the request stream, so a body of any size
 * is never held as text. Header first, RFC 4180 quoting, strict UTF-8. Every problem becomes a
 * {@link RowError} with its line; an unreadable body (bad quoting, bad bytes, bad header) stops
 * the reading at that point, since nothing after it can be trusted.
 */
public final class CsvUploadReader {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvUploadReader() {
    }

    /**
     * Reads a whole body. The stream is read to its end (even after a fatal problem, so the
     * client's upload completes and it sees the answer) but not closed.
     *
     * @param body the request body
     * @param format the expected layout
     * @param <T> record value type
     * @return valid records and violations
     * @throws IOException when the stream itself fails (the client went away)
     */
    public static <T> ParsedUpload<T> read(InputStream body, UploadFormat<T> format) throws IOException {
        List<Numbered<T>> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        InputStream unclosable = new NonClosingInputStream(body);
        try (JsonParser parser = CSV.getFactory().createParser(new StrictUtf8Reader(unclosable))) {
            ((CsvParser) parser).enable(CsvParser.Feature.WRAP_AS_ARRAY);
            new Session<>(parser, format, rows, errors).run();
        }
        body.transferTo(OutputStream.nullOutputStream());
        return new ParsedUpload<>(rows, errors);
    }

    /** One pass over one body; holds the header once it is known. */
    private static final class Session<T> {
        private final JsonParser parser;
        private final UploadFormat<T> format;
        private final List<Numbered<T>> rows;
        private final List<RowError> errors;
        private Map<String, Integer> header;
        private List<String> headerNames;
        private int recordLine;
        private int valuesInRecord;

        Session(JsonParser parser, UploadFormat<T> format, List<Numbered<T>> rows, List<RowError> errors) {
            this.parser = parser;
            this.format = format;
            this.rows = rows;
            this.errors = errors;
        }

        void run() throws IOException {
            try {
                readAll();
            } catch (MalformedEncodingException e) {
                errors.add(new RowError(e.line(), null, "malformed UTF-8 byte sequence; the body must be UTF-8"));
            } catch (JsonProcessingException e) {
                // The record start is what a person looks for; the parser's own location is where it
                // gave up, which for an unclosed quote is the end of the body.
                errors.add(new RowError(recordLine, currentField(), "invalid CSV: " + e.getOriginalMessage()));
            }
        }

        private void readAll() throws IOException {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                errors.add(new RowError(1, null, "empty upload: a header line is expected"));
                return;
            }
            recordLine = 1;
            while (true) {
                JsonToken token = parser.nextToken();
                if (token != JsonToken.START_ARRAY) {
                    break;
                }
                List<String> values = readRecord();
                if (isBlank(values)) {
                    continue;
                }
                if (header == null) {
                    if (!acceptHeader(values)) {
                        return;
                    }
                } else {
                    accept(values);
                }
            }
            if (header == null) {
                errors.add(new RowError(1, null, "empty upload: a header line is expected"));
            }
        }

        private List<String> readRecord() throws IOException {
            List<String> values = new ArrayList<>();
            valuesInRecord = 0;
            recordLine = parser.currentLocation().getLineNr();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                values.add(parser.getText());
                valuesInRecord++;
            }
            if (token != JsonToken.END_ARRAY) {
                throw new IllegalStateException("CSV parser produced " + token + " inside a record");
            }
            return values;
        }

        private static boolean isBlank(List<String> values) {
            return values.isEmpty() || (values.size() == 1 && values.get(0).isBlank());
        }

        private boolean acceptHeader(List<String> names) {
            List<String> expected = format.columns();
            Map<String, Integer> index = new HashMap<>();
            Set<String> known = new HashSet<>(expected);
            boolean ok = true;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!known.contains(name)) {
                    errors.add(new RowError(recordLine, name, "unknown column; expected header "
                            + String.join(",", expected)));
                    ok = false;
                } else if (index.putIfAbsent(name, i) != null) {
                    errors.add(new RowError(recordLine, name, "column appears twice in the header"));
                    ok = false;
                }
            }
            for (String column : expected) {
                if (!index.containsKey(column)) {
                    errors.add(new RowError(recordLine, column, "missing column in the header; expected header "
                            + String.join(",", expected)));
                    ok = false;
                }
            }
            if (ok) {
                header = Map.copyOf(index);
                headerNames = List.copyOf(names);
            }
            return ok;
        }

        private void accept(List<String> values) {
            if (values.size() < headerNames.size()) {
                errors.add(new RowError(recordLine, headerNames.get(values.size()), "missing column: the line has "
                        + values.size() + " of " + headerNames.size() + " columns"));
                return;
            }
            if (values.size() > headerNames.size()) {
                errors.add(new RowError(recordLine, null, "too many columns: the line has " + values.size()
                        + ", the header " + headerNames.size()));
                return;
            }
            Optional<T> value = format.map(new CsvRecord(recordLine, header, values), errors);
            value.ifPresent(v -> rows.add(new Numbered<>(recordLine, v)));
        }

        private String currentField() {
            return headerNames == null || valuesInRecord >= headerNames.size() ? null
                    : headerNames.get(valuesInRecord);
        }
    }

    /** Keeps the parser from closing the request stream, which the server still has to drain. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller owns the request stream.
        }
    }
}
