package io.teamsdr.testkit.fusion;

import java.util.List;

/**
 * A Fusion user template: the settings applied by the template endpoint and by bulk items naming
 * it. Groups and licenses are ids; location and vrp may be {@code null} (the template leaves them).
 */
record Template(int id, String name, String location, String vrp, List<String> groups, List<String> licenses) {

    Template {
        groups = List.copyOf(groups);
        licenses = List.copyOf(licenses);
    }
}
