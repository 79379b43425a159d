package io.teamsdr.provisioning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the values of a desired state read from a file came from: the file's name, and the line of
 * each field, so that a problem found while building the state names its line. Lines of users and
 * resource accounts are kept per entry as small arrays indexed by field, not as strings, because a
 * state can hold a hundred thousand users.
 */
final class SourceLines {
    /** Field indexes of a user entry's line array. */
    static final int UPN = 0;
    static final int NUMBER = 1;
    static final int VRP = 2;
    static final int LICENSES = 3;
    static final int GROUPS = 4;
    static final int LOCATION = 5;
    /** Field indexes of a resource account entry's line array (UPN and NUMBER as for users). */
    static final int KIND = 2;
    static final int DISPLAY_NAME = 3;
    static final int ACCOUNT_LOCATION = 4;
    /** The index of the entry's own line, in both arrays. */
    static final int ENTRY = 6;
    static final int SIZE = 7;

    private final String source;
    private String usersSource;
    private final Map<String, Integer> fields = new HashMap<>();

    SourceLines(String source) {
        this.source = source;
    }

    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The users came from another file than the rest (the users CSV of a YAML file). */
    void usersSource(String name) {
        this.usersSource = name;
    }

    Optional<String> usersSource() {
        return usersSource != null ? Optional.of(usersSource) : source();
    }

    void field(String path, int line) {
        fields.put(path, line);
    }

    OptionalInt field(String path) {
        Integer line = fields.get(path);
        if (line == null) {
            // A missing field is reported at its section's line, e.g. sbc.pbxId at the line of sbc.
            int dot = path.lastIndexOf('.');
            return dot < 0 ? OptionalInt.empty() : field(path.substring(0, dot));
        }
        return OptionalInt.of(line);
    }

    static OptionalInt entry(int[] lines, int field) {
        if (lines == null) {
            return OptionalInt.empty();
        }
        int line = lines[field] > 0 ? lines[field] : lines[ENTRY];
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
