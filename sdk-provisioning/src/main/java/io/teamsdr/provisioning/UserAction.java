package io.teamsdr.provisioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to one MS Teams user on Fusion, sent as one item of a bulk update:
 * {@link ActionKind#ADD} gives the user its number (enabling voice) with its policy, licenses, groups
 * and location; {@link ActionKind#CHANGE} sends only what differs; {@link ActionKind#REMOVE} releases
 * the number (disabling voice) of a user the desired state does not list.
 *
 * @param kind add, change or remove
 * @param upn the user principal name
 * @param userId the user's Azure AD object id
 * @param displayName the user's display name as observed (the bulk update requires it; never changed)
 * @param number the number to assign; empty when the number stays or, for a removal, is released
 * @param vrp the voice routing policy to set; empty when it stays
 * @param location the usage location to set; empty when it stays
 * @param addLicenses licenses to add, by SKU part number as the bulk update names them
 * @param addGroups groups to add the user to, by display name as the bulk update names them
 * @param changes the values changed, observed and wanted
 * @param reason why
 */
public record UserAction(ActionKind kind, String upn, String userId, String displayName, Optional<String> number,
                         Optional<String> vrp, Optional<String> location, List<String> addLicenses,
                         List<String> addGroups, List<FieldChange> changes, String reason) implements PlannedAction {

    /**
     * Validates and normalizes the parts.
     *
     * @throws NullPointerException when a required part is missing
     */
    public UserAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        number = Objects.requireNonNullElse(number, Optional.empty());
        vrp = Objects.requireNonNullElse(vrp, Optional.empty());
        location = Objects.requireNonNullElse(location, Optional.empty());
        addLicenses = addLicenses == null ? List.of() : List.copyOf(addLicenses);
        addGroups = addGroups == null ? List.of() : List.copyOf(addGroups);
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Platform platform() {
        return Platform.FUSION;
    }

    @Override
    public String subject() {
        return "user " + upn;
    }
}
