package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * Fusion's answer to the creation or modification of a resource account: its Fusion id and the
 * intermediate status of Microsoft's asynchronous processing (e.g. {@code creating}, {@code updating}).
 * The final state shows in the list only; the waiters of the resource accounts API poll it.
 *
 * @param id the Fusion id of the account (the {@code draas} id in the list, not the Azure AD object id)
 * @param status the intermediate status, when Fusion sends one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceAccountChange(long id, Optional<FusionUserStatus> status) {

    /** Normalizes an absent status to {@link Optional#empty()}. */
    public ResourceAccountChange {
        status = Objects.requireNonNullElse(status, Optional.empty());
    }
}
