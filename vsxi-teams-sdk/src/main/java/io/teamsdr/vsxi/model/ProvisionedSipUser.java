package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP user as {@code GET /teams/users} lists it. The server never returns the SIP password.
 *
 * <p>Text fields the server left out are empty strings, never {@code null}.
 *
 * @param tenantId the id of the user's SBC tenant
 * @param sipUser the SIP user name
 * @param did the user DID
 * @param draft how the active draft changes this user; present only in a
 *     {@linkplain io.teamsdr.vsxi.ConfigView#WITH_DRAFT read with the draft}, and only for a user
 *     the draft changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisionedSipUser(String tenantId, String sipUser, String did, Optional<DraftChange> draft) {

    /**
     * Normalizes the values the server left out (the JSON reader passes them as {@code null}).
     *
     * @param tenantId the id of the user's SBC tenant
     * @param sipUser the SIP user name
     * @param did the user DID
     * @param draft how the active draft changes this user; present only in a {@linkplain
     *     io.teamsdr.vsxi.ConfigView#WITH_DRAFT read with the draft}, and only for a user the draft
     *     changes
     * @throws NullPointerException when {@code sipUser} is missing
     */
    public ProvisionedSipUser {
        Objects.requireNonNull(sipUser, "sipUser");
        tenantId = Objects.requireNonNullElse(tenantId, "");
        did = Objects.requireNonNullElse(did, "");
        draft = Objects.requireNonNullElse(draft, Optional.empty());
    }
}
