package io.teamsdr.provisioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to one SIP user of the customer's SBC tenant: {@link ActionKind#ADD} creates it,
 * {@link ActionKind#CHANGE} gives it another DID, {@link ActionKind#REMOVE} deletes it. Adds and
 * changes carry the SIP password, which the apply asks of the password provider; the action itself
 * never holds it.
 *
 * @param kind add, change or remove
 * @param tenantId the SBC tenant
 * @param sipUser the SIP user name
 * @param did the DID after the action; empty for a removal
 * @param mirrors the Fusion user (UPN) whose number this SIP user carries; empty when unknown
 * @param changes the values changed, observed and wanted
 * @param reason why
 */
public record SipUserAction(ActionKind kind, String tenantId, String sipUser, Optional<String> did,
                            Optional<String> mirrors, List<FieldChange> changes, String reason)
        implements PlannedAction {

    /**
     * Validates and normalizes the parts.
     *
     * @throws NullPointerException when a required part is missing
     */
    public SipUserAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sipUser, "sipUser");
        did = Objects.requireNonNullElse(did, Optional.empty());
        mirrors = Objects.requireNonNullElse(mirrors, Optional.empty());
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Platform platform() {
        return Platform.SBC;
    }

    @Override
    public String subject() {
        return "SIP user " + sipUser;
    }
}
