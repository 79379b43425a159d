package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Microsoft side of a resource account (the {@code msTeams} object).
 *
 * @param id the Azure AD object id; the id to modify or delete the account with
 * @param userPrincipalName the account's user principal name
 * @param displayName the account's display name
 * @param location the ISO 3166-1 alpha-2 country code
 * @param phoneNumber the phone number Microsoft shows for the account, when there is one
 * @param accountType call queue or auto attendant
 * @param licenses the Microsoft licenses assigned, possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MsResourceAccount(String id, String userPrincipalName, String displayName, String location,
                                Optional<String> phoneNumber, ResourceAccountType accountType,
                                List<AssignedLicense> licenses) {

    /** Normalizes absent parts: an empty optional, an empty list. */
    public MsResourceAccount {
        phoneNumber = Objects.requireNonNullElse(phoneNumber, Optional.empty());
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }
}
