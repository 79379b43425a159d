package io.teamsdr.testkit.fusion;

import java.util.List;

/**
 * One MS Teams user: the Microsoft part and, once the user has a phone number on Fusion, the
 * Fusion part. Lists are immutable and replaced on change, so {@link #copy()} is a field copy.
 */
final class UserState {

    String id;
    String upn;
    String displayName;
    String location;
    List<String> licenses = List.of();
    List<String> groups = List.of();
    List<DirectoryRole> roles = List.of();
    String vrp;
    /** Fusion's internal id; allocated the first time the user reaches Fusion, then kept. */
    Integer fusionId;
    String phoneNumber;
    Integer connectionId;
    List<String> customerLicenses = List.of();

    UserState copy() {
        UserState c = new UserState();
        c.id = id;
        c.upn = upn;
        c.displayName = displayName;
        c.location = location;
        c.licenses = licenses;
        c.groups = groups;
        c.roles = roles;
        c.vrp = vrp;
        c.fusionId = fusionId;
        c.phoneNumber = phoneNumber;
        c.connectionId = connectionId;
        c.customerLicenses = customerLicenses;
        return c;
    }

    /** The list's sort key: display name without case, then id, so paging is total and stable. */
    String sortKey() {
        return displayName.toLowerCase(java.util.Locale.ROOT) + "\u0000" + id;
    }
}
