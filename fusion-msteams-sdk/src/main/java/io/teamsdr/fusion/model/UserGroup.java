package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Microsoft group a user belongs to (the "Microsoft group object").
 *
 * @param id the group's Azure AD object id
 * @param displayName the group's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserGroup(String id, String displayName) {
}
