package io.teamsdr.testkit.fusion;

import java.util.List;
import java.util.Objects;

/**
 * Configures a template of a {@link SubscriptionSpec}. Its references are checked when the
 * template is applied, not when it is seeded: a template may name a policy, group or license
 * the tenant lacks, and applying it is then partial (400, as the API document says).
 */
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

    Template build() {
        return new Template(id, name, location == null ? null : Checks.country("location", location), vrp, groups,
                licenses);
    }
}
