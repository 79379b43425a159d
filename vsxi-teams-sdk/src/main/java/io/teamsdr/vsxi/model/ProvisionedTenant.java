package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant as {@code GET /teams/tenants} lists it.
 *
 * <p>Text fields the server left out are empty strings, never {@code null}.
 *
 * @param tenantId the tenant id
 * @param tenantName the display name
 * @param microsoftFqdn the FQDN presented to Microsoft
 * @param localIp the SBC's local IP address
 * @param did the tenant DID
 * @param pbxId the PBX id
 * @param spId the service port id
 * @param draft how the active draft changes this tenant; present only in a read with
 *     {@code includeDraft=true}, and only for a tenant the draft changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisionedTenant(String tenantId, String tenantName, String microsoftFqdn, String localIp,
                                String did, String pbxId, String spId, Optional<DraftChange> draft) {

    /**
     * Normalizes missing values.
     *
     * @throws NullPointerException when {@code tenantId} is missing
     */
    public ProvisionedTenant {
        Objects.requireNonNull(tenantId, "tenantId");
        tenantName = Objects.requireNonNullElse(tenantName, "");
        microsoftFqdn = Objects.requireNonNullElse(microsoftFqdn, "");
        localIp = Objects.requireNonNullElse(localIp, "");
        did = Objects.requireNonNullElse(did, "");
        pbxId = Objects.requireNonNullElse(pbxId, "");
        spId = Objects.requireNonNullElse(spId, "");
        draft = draft == null ? Optional.empty() : draft;
    }

    /**
     * Returns the tenant as an upload row, e.g. to change a value and upload it again.
     *
     * @return the row
     */
    public TeamsTenant toTeamsTenant() {
        return new TeamsTenant(tenantId, tenantName, microsoftFqdn, localIp, did, pbxId, spId);
    }
}
