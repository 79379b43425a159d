package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * A user as {@code GET /teams/users} lists it. The server never returns the SIP password.
 *
 * <p>Text fields the server left out are empty strings, never {@code null}.
 *
 * @param tenantId the id of the user's tenant
 * @param sipUser the SIP user name
 * @param did the user DID
 * @param draft how the active draft changes this user; present only in a read with
 *     {@code includeDraft=true}, and only for a user the draft changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisionedUser(String tenantId, String sipUser, String did, Optional<DraftChange> draft) {

    /**
     * Normalizes missing values.
     *
     * @throws NullPointerException when {@code sipUser} is missing
     */
    public ProvisionedUser {
        Objects.requireNonNull(sipUser, "sipUser");
        tenantId = Objects.requireNonNullElse(tenantId, "");
        did = Objects.requireNonNullElse(did, "");
        draft = draft == null ? Optional.empty() : draft;
    }
}
