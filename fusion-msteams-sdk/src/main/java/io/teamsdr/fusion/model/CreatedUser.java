package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer to creating an MS Teams user.
 *
 * @param msTeamsId the new user's id, to pass to the other user operations
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatedUser(String msTeamsId) {
}
