package io.teamsdr.provisioning.internal;

/**
 * A group, by id and display name.
 *
 * @param id the Azure AD object id
 * @param name the display name
 */
public record GroupRef(String id, String name) {
}
