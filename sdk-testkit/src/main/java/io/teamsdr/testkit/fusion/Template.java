package io.teamsdr.testkit.fusion;

import java.util.List;

/**
 * A Fusion user template: the settings applied by the template endpoint and by bulk items naming
 * it. Groups, licenses and the policy are references by name (or id), resolved when the template
 * is applied: a template is Fusion-side configuration and may name what the tenant lacks.
 * Location and vrp may be {@code null} (the template leaves them).
 */
record Template(int id, String name, String location, String vrp, List<String> groups, List<String> licenses) {

    Template {
        groups = List.copyOf(groups);
        licenses = List.copyOf(licenses);
    }
}
