package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The Fusion internal id the server answers a write with, e.g. after creating an MS Teams
 * administrator or creating or modifying a resource account. For resource accounts it is the
 * {@linkplain FusionUser#id() id of the Fusion part}, not the Azure AD object id.
 *
 * @param id the Fusion internal id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FusionId(long id) {
}
