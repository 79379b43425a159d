package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import java.util.List;
import java.util.Objects;

/**
 * A change to the customer's tenant row on the SBC: {@link ActionKind#ADD} creates it,
 * {@link ActionKind#CHANGE} updates what differs (never {@code pbxId} or {@code spId}, which the SBC
 * keeps from creation: a difference there is a {@link Conflict}). The tenant row is never removed.
 *
 * @param kind add or change
 * @param tenant the row as the desired state wants it
 * @param changes the values changed, observed and wanted
 * @param reason why
 */
public record SbcTenantAction(ActionKind kind, SbcTenant tenant, List<FieldChange> changes, String reason)
        implements PlannedAction {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public SbcTenantAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tenant, "tenant");
        changes = List.copyOf(changes);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Platform platform() {
        return Platform.SBC;
    }

    @Override
    public String subject() {
        return "tenant " + tenant.tenantId();
    }
}
