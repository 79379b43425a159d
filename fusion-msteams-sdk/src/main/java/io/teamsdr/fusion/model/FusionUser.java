package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fusion side of an MS Teams user or resource account (the {@code draas} object): present
 * when Fusion manages a phone number for it.
 *
 * @param id the Fusion internal id
 * @param connectionId the id of the connection between the phone number and the account, when there is one
 * @param customerLicenses the customer licenses assigned, possibly empty
 * @param numberId the Fusion id of the linked phone number, when there is one
 * @param phoneNumber the assigned phone number in E.164 form, when there is one
 * @param status whether the configured number is synced into Microsoft Teams; documented as always
 *     present, empty only if a server omits it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FusionUser(long id, Optional<Long> connectionId, List<String> customerLicenses,
                         Optional<Long> numberId, Optional<String> phoneNumber, Optional<FusionUserStatus> status) {

    /** Normalizes absent parts: empty optionals, an empty list. */
    public FusionUser {
        connectionId = Objects.requireNonNullElse(connectionId, Optional.empty());
        customerLicenses = customerLicenses == null ? List.of() : List.copyOf(customerLicenses);
        numberId = Objects.requireNonNullElse(numberId, Optional.empty());
        phoneNumber = Objects.requireNonNullElse(phoneNumber, Optional.empty());
        status = Objects.requireNonNullElse(status, Optional.empty());
    }
}
