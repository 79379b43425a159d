package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * An Office 365 group of the MS Teams tenant, and whether it is part of the subscription's group
 * filter. An <em>orphan</em> group is in the filter but no longer exists in Office 365; the server
 * then reports only its id and display name.
 *
 * @param id the group's Azure AD object id
 * @param displayName the group's display name
 * @param description the group's description, absent for orphan groups
 * @param teamsEnabled whether the group is also an MS Teams team, absent for orphan groups
 * @param filter whether the group is part of the group filter
 * @param orphan whether the group is in the filter but gone from Office 365
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamsGroup(String id, String displayName, Optional<String> description,
                         Optional<Boolean> teamsEnabled, boolean filter, boolean orphan) {

    /** Normalizes absent parts to {@link Optional#empty()}. */
    public TeamsGroup {
        description = Objects.requireNonNullElse(description, Optional.empty());
        teamsEnabled = Objects.requireNonNullElse(teamsEnabled, Optional.empty());
    }

    /**
     * Returns this group as an entry of a group filter, to build the full filter from a listing.
     *
     * @return the filter entry
     */
    public GroupFilterEntry toFilterEntry() {
        return new GroupFilterEntry(id, displayName);
    }
}
