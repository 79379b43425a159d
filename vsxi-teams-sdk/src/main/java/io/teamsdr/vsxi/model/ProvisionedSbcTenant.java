package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * An SBC tenant as {@code GET /teams/tenants} lists it.
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
 * @param draft how the active draft changes this tenant; present only in a
 *     {@linkplain io.teamsdr.vsxi.ConfigView#WITH_DRAFT read with the draft}, and only for a tenant
 *     the draft changes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisionedSbcTenant(String tenantId, String tenantName, String microsoftFqdn, String localIp,
                                   String did, String pbxId, String spId, Optional<DraftChange> draft) {

    /**
     * Normalizes the values the server left out (the JSON reader passes them as {@code null}).
     *
     * @param tenantId the tenant id
     * @param tenantName the display name
     * @param microsoftFqdn the FQDN presented to Microsoft
     * @param localIp the SBC's local IP address
     * @param did the tenant DID
     * @param pbxId the PBX id
     * @param spId the service port id
     * @param draft how the active draft changes this tenant; present only in a {@linkplain
     *     io.teamsdr.vsxi.ConfigView#WITH_DRAFT read with the draft}, and only for a tenant the draft
     *     changes
     * @throws NullPointerException when {@code tenantId} is missing
     */
    public ProvisionedSbcTenant {
        Objects.requireNonNull(tenantId, "tenantId");
        tenantName = Objects.requireNonNullElse(tenantName, "");
        microsoftFqdn = Objects.requireNonNullElse(microsoftFqdn, "");
        localIp = Objects.requireNonNullElse(localIp, "");
        did = Objects.requireNonNullElse(did, "");
        pbxId = Objects.requireNonNullElse(pbxId, "");
        spId = Objects.requireNonNullElse(spId, "");
        draft = Objects.requireNonNullElse(draft, Optional.empty());
    }

    /**
     * Returns the tenant as an upload row, e.g. to change a value and upload it again.
     *
     * @return the row
     */
    public SbcTenant toSbcTenant() {
        return new SbcTenant(tenantId, tenantName, microsoftFqdn, localIp, did, pbxId, spId);
    }
}
