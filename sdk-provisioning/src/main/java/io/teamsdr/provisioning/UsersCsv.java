package io.teamsdr.provisioning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.teamsdr.provisioning.internal.Interner;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the voice users of a desired state from a CSV file, row by row, with the line of each row.
 * Columns (header first, any order): {@code upn}, {@code number} (required), {@code vrp},
 * {@code licenses}, {@code groups}, {@code location}; lists separated by {@code ;}.
 */
final class UsersCsv {
    private static final CsvFactory CSV = new CsvFactory();
    private static final List<String> REQUIRED = List.of("upn", "number");

    private UsersCsv() {
    }

    static void read(Path file, DesiredState.Builder builder, DesiredStateFiles.FileProblems problems,
                     Interner interner) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = CSV.createParser(reader)) {
            read(parser, builder, problems, interner);
        } catch (NoSuchFileException missing) {
            problems.add(0, "usersCsv", file.toString(), "the file does not exist");
        } catch (JsonProcessingException malformed) {
            problems.add(malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr(), "(document)", null,
                    "not valid CSV: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the users CSV " + file + ": " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private static void read(JsonParser parser, DesiredState.Builder builder, DesiredStateFiles.FileProblems problems,
                             Interner interner) throws IOException {
        Map<String, Integer> columns = null;
        int index = 0;
        List<String> cells = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            // The row's line is that of its first cell: the parser reports START_ARRAY at the previous row.
            int line = 0;
            cells.clear();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (cells.isEmpty()) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getText());
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(cells, line, problems);
                if (columns == null) {
                    return;
                }
                continue;
            }
            String path = "users[" + index++ + "]";
            if (cells.size() != columns.size()) {
                problems.add(line, path, null, cells.size() + " cells where the header has " + columns.size());
            }
            int[] at = new int[SourceLines.SIZE];
            Arrays.fill(at, line);
            VoiceUser user = VoiceUser.builder(cell(cells, columns, "upn"), cell(cells, columns, "number"))
                    .vrp(interner.text(cell(cells, columns, "vrp")))
                    .licenses(interner.list(list(cell(cells, columns, "licenses"))))
                    .groups(interner.list(list(cell(cells, columns, "groups"))))
                    .location(interner.text(cell(cells, columns, "location")))
                    .build();
            builder.user(user, at);
        }
        if (columns == null) {
            problems.add(1, "(header)", null, "a header line naming the columns, e.g. upn,number,vrp,licenses");
        }
    }

    private static Map<String, Integer> header(List<String> cells, int line, DesiredStateFiles.FileProblems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).trim();
            if (!DesiredStateFiles.USER_FIELDS.contains(name)) {
                problems.add(line, "(header)", name, "unknown column; expected "
                        + String.join(", ", DesiredStateFiles.USER_FIELDS.stream().sorted().toList()));
                valid = false;
            } else if (columns.put(name, i) != null) {
                problems.add(line, "(header)", name, "column given twice");
                valid = false;
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(line, "(header)", null, "the column " + required + " is required");
                valid = false;
            }
        }
        return valid ? columns : null;
    }

    /** The cell's text, {@code null} when the column is absent or the cell empty. */
    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        if (column == null || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : cell.split(";")) {
            String name = part.trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
