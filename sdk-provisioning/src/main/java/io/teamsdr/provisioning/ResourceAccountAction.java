package io.teamsdr.provisioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to one resource account on Fusion: {@link ActionKind#ADD} creates it (the apply waits
 * until Microsoft has created it), {@link ActionKind#CHANGE} modifies what differs. Resource accounts
 * are never removed.
 *
 * @param kind add or change
 * @param account the account as the desired state wants it
 * @param accountId the account's Azure AD object id; empty for an account to create
 * @param changes the values changed, observed and wanted
 * @param reason why
 */
public record ResourceAccountAction(ActionKind kind, ResourceAccountSpec account, Optional<String> accountId,
                                    List<FieldChange> changes, String reason) implements PlannedAction {

    /**
     * Validates and normalizes the parts.
     *
     * @throws NullPointerException when a required part is missing
     */
    public ResourceAccountAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        accountId = Objects.requireNonNullElse(accountId, Optional.empty());
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Platform platform() {
        return Platform.FUSION;
    }

    @Override
    public String subject() {
        return "resource account " + account.upn() + " (" + account.kind() + ")";
    }
}
