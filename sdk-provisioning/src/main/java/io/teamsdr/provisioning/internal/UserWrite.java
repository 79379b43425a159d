package io.teamsdr.provisioning.internal;

import java.util.List;

/**
 * One user of a Fusion bulk update, in this module's terms: only what is set is sent.
 *
 * @param upn the user principal name
 * @param displayName the display name (required by the bulk update; sent as observed)
 * @param number the number to assign, or {@code null} to leave it
 * @param releaseNumber whether to release the number (sends {@code "number": null})
 * @param vrp the voice routing policy to set, or {@code null} to leave it
 * @param location the usage location to set, or {@code null} to leave it
 * @param licenses licenses to add, by part number; empty to leave them
 * @param groups groups to add the user to, by display name; empty to leave them
 */
public record UserWrite(String upn, String displayName, String number, boolean releaseNumber, String vrp,
                        String location, List<String> licenses, List<String> groups) {
}
