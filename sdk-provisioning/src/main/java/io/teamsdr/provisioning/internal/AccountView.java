package io.teamsdr.provisioning.internal;

/**
 * A resource account as the Fusion list shows it, in this module's terms.
 *
 * @param id the Azure AD object id
 * @param upn the user principal name
 * @param displayName the display name
 * @param location the location
 * @param kind the account type as the API spells it
 * @param number the number Fusion assigned, or {@code null}
 * @param settled whether Microsoft has finished applying the last change
 */
public record AccountView(String id, String upn, String displayName, String location, String kind, String number,
                          boolean settled) {
}
