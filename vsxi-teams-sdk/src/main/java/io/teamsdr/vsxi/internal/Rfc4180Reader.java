package io.teamsdr.vsxi.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records as RFC 4180 writes them, one at a time, in constant memory: values separated
 * by commas, records by CRLF, LF or a lone CR; a value in double quotes may hold commas, line breaks
 * and doubled quotes. Values are kept exactly (no trimming). A quote inside an unquoted value is
 * taken as it is, as lenient readers do; text after a closing quote is an error, as is a quote left
 * open at the end. Lines are counted as a text editor counts them, so problems name the caller's line.
 */
final class Rfc4180Reader {
    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine = 1;
    private int previous = END;

    Rfc4180Reader(Reader in) {
        this.in = in;
    }

    /**
     * Reads the next record.
     *
     * @return its values, at least one (an empty line is one empty value); {@code null} at the end
     * @throws Malformed when the text breaks the quoting rules
     * @throws IOException when reading fails, e.g. on bytes that are not the expected charset
     */
    @Nullable List<String> next() throws IOException {
        long start = line;
        int c = read();
        if (c == END) {
            return null;
        }
        recordLine = start;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (c == '"' && value.length() == 0) {
                c = quoted(value);
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != END) {
                    value.append((char) c);
                    c = read();
                }
            }
            values.add(value.toString());
            value.setLength(0);
            if (c != ',') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return values;
            }
            c = read();
        }
    }

    /**
     * Returns the line the record last read started on.
     *
     * @return the line, 1 for the first
     */
    long recordLine() {
        return recordLine;
    }

    /**
     * Returns the line being read, e.g. where undecodable bytes were met.
     *
     * @return the line, 1 for the first
     */
    long line() {
        return line;
    }

    /** Reads a quoted value after its opening quote; returns the character after its closing quote. */
    private int quoted(StringBuilder value) throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new Malformed(recordLine, "a quoted value is not closed: a '\"' is missing before the end");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != '\r' && after != END) {
                        throw new Malformed(line, "unexpected '" + (char) after + "' after a closing '\"';"
                                + " a quote inside a quoted value is written twice");
                    }
                    return after;
                }
            }
            value.append((char) c);
        }
    }

    /**
     * Reads one character as it is (a quoted value keeps its line breaks exactly), counting lines:
     * CRLF, LF and a lone CR each end one.
     */
    private int read() throws IOException {
        int c = peek();
        if (c != END) {
            position++;
        }
        if (c == '\r' || (c == '\n' && previous != '\r')) {
            line++;
        }
        previous = c;
        return c;
    }

    private int peek() throws IOException {
        if (position == limit) {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            if (limit == 0) {
                return END;
            }
        }
        return buffer[position];
    }

    /** Text that breaks the CSV quoting rules, with the line where it was found. */
    static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        private final long line;

        Malformed(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
