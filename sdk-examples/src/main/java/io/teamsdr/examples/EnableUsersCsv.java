package io.teamsdr.examples;

import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.fusion.model.BulkUserItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV of users to enable for voice, read into bulk update items and checked line by line with the
 * SDK's own validation ({@link BulkUserItem.Builder#build()}), so every bad line is reported with
 * its line number before anything is sent, and the good lines can still go.
 *
 * <p>Columns (header first, any order): {@code upn} and {@code displayName} are required;
 * {@code number}, {@code country}, {@code vrp} and {@code licenses} (license names separated by
 * {@code ;}) are optional, and an empty cell leaves the user's value unchanged.
 */
public final class EnableUsersCsv {
    private static final List<String> REQUIRED = List.of("upn", "displayName");
    private static final List<String> KNOWN = List.of("upn", "displayName", "number", "country", "vrp", "licenses");

    private final List<Row> rows;
    private final List<Rejected> rejected;

    private EnableUsersCsv(List<Row> rows, List<Rejected> rejected) {
        this.rows = List.copyOf(rows);
        this.rejected = List.copyOf(rejected);
    }

    /**
     * One valid line.
     *
     * @param line the line number in the file (the header is line 1)
     * @param item the bulk item built from it
     */
    public record Row(int line, BulkUserItem item) {
    }

    /**
     * One line that failed validation and will not be sent.
     *
     * @param line the line number in the file
     * @param upn the UPN the line names, as written
     * @param violations every rule the line breaks
     */
    public record Rejected(int line, String upn, List<Violation> violations) {
        /** Copies the violations. */
        public Rejected {
            violations = List.copyOf(violations);
        }
    }

    /**
     * Reads and validates a whole file.
     *
     * @param reader the CSV text, UTF-8 decoded; read to its end, not closed
     * @return the valid rows and the rejected lines
     * @throws IllegalArgumentException when the header lacks a required column or names an unknown one
     * @throws UncheckedIOException when reading fails
     */
    public static EnableUsersCsv read(BufferedReader reader) {
        try {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("the CSV is empty: expected a header line " + String.join(",", KNOWN));
            }
            Map<String, Integer> columns = columns(Csv.parse(stripBom(header)));
            List<Row> rows = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            Map<String, Integer> firstLineOfUpn = new HashMap<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                readLine(line, lineNumber, columns, firstLineOfUpn, rows, rejected);
            }
            return new EnableUsersCsv(rows, rejected);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the CSV: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Returns the valid lines, in file order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the bulk items of the valid lines, in file order.
     *
     * @return the items
     */
    public List<BulkUserItem> items() {
        return rows.stream().map(Row::item).toList();
    }

    /**
     * Returns the lines that failed validation.
     *
     * @return the rejected lines, in file order
     */
    public List<Rejected> rejected() {
        return rejected;
    }

    /**
     * Finds the line an item came from.
     *
     * @param upn the item's UPN, any case
     * @return the row
     */
    public Optional<Row> row(String upn) {
        return rows.stream().filter(row -> row.item().upn().equalsIgnoreCase(upn)).findFirst();
    }

    private static void readLine(String line, int lineNumber, Map<String, Integer> columns,
                                 Map<String, Integer> firstLineOfUpn, List<Row> rows, List<Rejected> rejected) {
        List<String> fields;
        try {
            fields = Csv.parse(line);
        } catch (IllegalArgumentException malformed) {
            rejected.add(new Rejected(lineNumber, "", List.of(new Violation("line", null, malformed.getMessage()))));
            return;
        }
        String upn = cell(fields, columns, "upn").orElse("");
        try {
            BulkUserItem.Builder item = BulkUserItem.builder(cell(fields, columns, "upn").orElse(null),
                    cell(fields, columns, "displayName").orElse(null));
            cell(fields, columns, "number").ifPresent(item::phoneNumber);
            cell(fields, columns, "country").ifPresent(item::location);
            cell(fields, columns, "vrp").ifPresent(item::voiceRoutingPolicy);
            cell(fields, columns, "licenses").map(names -> Arrays.stream(names.split(";")).map(String::trim)
                    .filter(name -> !name.isEmpty()).toList()).ifPresent(item::licenses);
            BulkUserItem built = item.build();
            Integer earlier = firstLineOfUpn.putIfAbsent(upn.toLowerCase(Locale.ROOT), lineNumber);
            if (earlier != null) {
                rejected.add(new Rejected(lineNumber, upn, List.of(new Violation("upn", upn,
                        "each user once per file (already on line " + earlier + ")"))));
                return;
            }
            rows.add(new Row(lineNumber, built));
        } catch (ValidationException invalid) {
            rejected.add(new Rejected(lineNumber, upn, invalid.violations().stream().map(EnableUsersCsv::inColumns).toList()));
        }
    }

    /**
     * Names a violation by the CSV column the reader wrote: the SDK names the item by its UPN, which
     * the line already shows, and uses Java names ({@code phoneNumber}) where the file has the API's
     * ({@code number}).
     */
    private static Violation inColumns(Violation violation) {
        String field = violation.field().replaceFirst("^item(\\[[^\\]]*])?\\.", "");
        String column = switch (field) {
            case "phoneNumber" -> "number";
            case "location" -> "country";
            case "voiceRoutingPolicy" -> "vrp";
            default -> field;
        };
        return new Violation(column, violation.value(), violation.rule());
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown column '" + name + "'; the columns are " + KNOWN);
            }
            columns.put(name, i);
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new IllegalArgumentException("the header lacks the required column '" + name + "'");
            }
        }
        return columns;
    }

    private static Optional<String> cell(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= fields.size()) {
            return Optional.empty();
        }
        String value = fields.get(index).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
