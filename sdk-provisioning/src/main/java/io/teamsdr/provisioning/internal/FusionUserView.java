package io.teamsdr.provisioning.internal;

import java.util.List;

/**
 * An MS Teams user as the Fusion users list shows it, in this module's terms.
 *
 * @param id the Azure AD object id
 * @param upn the user principal name
 * @param displayName the display name
 * @param location the usage location, or {@code null}
 * @param number the number Fusion assigned, or {@code null}
 * @param licenses the Microsoft licenses assigned
 */
public record FusionUserView(String id, String upn, String displayName, String location, String number,
                             List<LicenseRef> licenses) {
}
