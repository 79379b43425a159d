package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to a phone number synchronization request: the users it covers.
 *
 * @param users the users, read from the response key {@code msteams_user_ids}; possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SyncResult(@JsonProperty("msteams_user_ids") List<SyncedUser> users) {

    /** Normalizes an absent list to an empty one. */
    public SyncResult {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
