package io.teamsdr.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record in RFC 4180 form, read from or written to a single line: fields separated by
 * commas, quoted with {@code "} when they hold a comma, a quote or a line break, quotes doubled.
 * The examples' files keep each record on one line, so a quoted line break is not read.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Splits one line into its fields.
     *
     * @param line the line, without its line break
     * @return the fields, unquoted
     * @throws IllegalArgumentException when a quoted field is not closed or text follows a closing quote
     */
    public static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }

    /**
     * Joins fields into one line, quoting where needed.
     *
     * @param fields the fields; {@code null} is written as an empty field
     * @return the line, without a line break
     */
    public static String format(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            String text = field == null ? "" : field;
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.toString();
    }
}
