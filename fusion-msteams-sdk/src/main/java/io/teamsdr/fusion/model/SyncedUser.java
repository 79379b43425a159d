package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One user a phone number synchronization covers.
 *
 * @param id the user's Azure AD object id
 * @param status the user's synchronization state
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncedUser(String id, SyncStatus status) {
}
