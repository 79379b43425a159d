package io.teamsdr.vsxi.internal;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV records as RFC 4180 says: values separated by commas, CRLF after each record, and a
 * value in double quotes, its quotes doubled, only when it holds a comma, a quote or a line break.
 */
final class Rfc4180Writer {
    private static final String LINE_END = "\r\n";

    private final Writer out;

    Rfc4180Writer(Writer out) {
        this.out = out;
    }

    /** Writes one record; a {@code null} value is written empty. */
    void write(@Nullable String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = values[i];
            if (value == null) {
                continue;
            }
            if (needsQuotes(value)) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write(LINE_END);
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
