package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The MS Teams administrator account Fusion uses for a subscription. The password is never
 * returned by the API.
 *
 * @param id the Fusion index of the administrator
 * @param msUsername the administrator's Microsoft user name, e.g. {@code john.doe@contoso.onmicrosoft.com}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamsAdmin(long id, String msUsername) {
}
