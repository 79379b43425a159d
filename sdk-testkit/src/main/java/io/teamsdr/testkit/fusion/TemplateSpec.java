package io.teamsdr.testkit.fusion;

import java.util.List;
import java.util.Objects;

/** Configures a seeded template. */
public final class TemplateSpec {

    final int id;
    final String name;
    private String location;
    private String vrp;
    private List<String> licenses = List.of();
    private List<String> groups = List.of();

    TemplateSpec(int id, String name) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Location the template sets.
     *
     * @param country ISO code
     * @return this spec
     */
    public TemplateSpec location(String country) {
        this.location = country;
        return this;
    }

    /**
     * Policy the template sets.
     *
     * @param identity policy name
     * @return this spec
     */
    public TemplateSpec vrp(String identity) {
        this.vrp = identity;
        return this;
    }

    /**
     * Licenses the template sets.
     *
     * @param refs part numbers, descriptions or skuIds
     * @return this spec
     */
    public TemplateSpec licenses(String... refs) {
        this.licenses = List.of(refs);
        return this;
    }

    /**
     * Groups the template sets.
     *
     * @param refs display names or ids
     * @return this spec
     */
    public TemplateSpec groups(String... refs) {
        this.groups = List.of(refs);
        return this;
    }

    Template build(UserRules rules) {
        return new Template(id, name, location == null ? null : Checks.country("location", location),
                vrp == null ? null : rules.vrp(vrp), rules.groups(groups, true), rules.licenses(licenses, true));
    }
}
