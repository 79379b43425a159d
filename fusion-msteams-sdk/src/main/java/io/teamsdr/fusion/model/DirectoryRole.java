package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Microsoft directory role held by a user (the "Microsoft role object").
 *
 * @param id the role's GUID
 * @param displayName the role's name, e.g. {@code Global Administrator}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryRole(String id, String displayName) {
}
