package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.internal.Validator;

/**
 * One group of the subscription's group filter, as sent when the filter is replaced.
 *
 * @param id the group's Azure AD object id
 * @param displayName the group's display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupFilterEntry(String id, String displayName) {

    /**
     * Validates the entry.
     *
     * @throws io.teamsdr.core.ValidationException when the id is not an Azure AD object id or the
     *     display name is missing
     */
    public GroupFilterEntry {
        new Validator()
                .required("id", id)
                .uuid("id", id)
                .required("displayName", displayName)
                .throwIfInvalid();
    }

    /**
     * Names a group of the filter.
     *
     * @param id the group's Azure AD object id
     * @param displayName the group's display name
     * @return the entry
     */
    public static GroupFilterEntry of(String id, String displayName) {
        return new GroupFilterEntry(id, displayName);
    }
}
