package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Microsoft side of an MS Teams user (the {@code msTeams} object). The list shows roles but not
 * groups or the voice routing policy; reading one user shows groups and the policy but not roles.
 *
 * @param id the Azure AD object id; the id every user operation takes
 * @param userPrincipalName the user principal name, e.g. {@code thomas.anderson@contoso.onmicrosoft.com}
 * @param displayName the display name
 * @param location the ISO 3166-1 alpha-2 usage location, when set
 * @param licenses the Microsoft licenses assigned, possibly empty
 * @param roles the directory roles held (in the list), possibly empty
 * @param groups the groups the user belongs to (when reading one user), possibly empty
 * @param voiceEnabled whether the user may be voice activated; documented as always present,
 *     empty only if a server omits it
 * @param voiceRoutingPolicy the name of the voice routing policy (when reading one user), when one is set
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MsTeamsUser(String id, String userPrincipalName, String displayName, Optional<String> location,
                          List<AssignedLicense> licenses, List<DirectoryRole> roles, List<UserGroup> groups,
                          Optional<VoiceEnabled> voiceEnabled, @JsonProperty("vrp") Optional<String> voiceRoutingPolicy) {

    /** Normalizes absent parts: empty optionals, empty lists. */
    public MsTeamsUser {
        location = Objects.requireNonNullElse(location, Optional.empty());
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        roles = roles == null ? List.of() : List.copyOf(roles);
        groups = groups == null ? List.of() : List.copyOf(groups);
        voiceEnabled = Objects.requireNonNullElse(voiceEnabled, Optional.empty());
        voiceRoutingPolicy = Objects.requireNonNullElse(voiceRoutingPolicy, Optional.empty());
    }
}
