package io.teamsdr.vsxi.model;

import org.jspecify.annotations.Nullable;

/**
 * One SBC tenant row of a tenant upload ({@code POST /teams/draft/update/tenants}): a Microsoft
 * Teams tenant connected to the SBC through Direct Routing.
 *
 * <p>A row holds what the caller gave, {@code null} included: the upload checks every row before
 * anything is sent (required values, unique tenant ids and DIDs, E.164 DIDs, an IP literal for
 * {@code localIp}, an FQDN for {@code microsoftFqdn}), so that it reports every problem of every
 * row at once, each with its line and column. The same checks run on rows read from a CSV file.
 *
 * @param tenantId the tenant's id on the SBC, e.g. {@code 1001}; a new id creates a tenant, a
 *     known one updates it
 * @param tenantName the display name
 * @param microsoftFqdn the FQDN the SBC presents to Microsoft, e.g. {@code ms1.example.com}
 * @param localIp the SBC's local IPv4 or IPv6 address for this tenant
 * @param did the tenant's DID in E.164 form, e.g. {@code +18580001111}
 * @param pbxId the PBX the tenant uses; must exist beforehand and cannot change after creation
 * @param spId the service port the tenant uses; must exist beforehand and cannot change after creation
 */
public record SbcTenant(@Nullable String tenantId, @Nullable String tenantName, @Nullable String microsoftFqdn,
                        @Nullable String localIp, @Nullable String did, @Nullable String pbxId,
                        @Nullable String spId) {

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this tenant's values, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().tenantId(tenantId).tenantName(tenantName).microsoftFqdn(microsoftFqdn)
                .localIp(localIp).did(did).pbxId(pbxId).spId(spId);
    }

    /** Builds an {@link SbcTenant}. */
    public static final class Builder {
        private @Nullable String tenantId;
        private @Nullable String tenantName;
        private @Nullable String microsoftFqdn;
        private @Nullable String localIp;
        private @Nullable String did;
        private @Nullable String pbxId;
        private @Nullable String spId;

        private Builder() {
        }

        /**
         * Sets the tenant id.
         *
         * @param value the id, e.g. {@code 1001}
         * @return this builder
         */
        public Builder tenantId(@Nullable String value) {
            this.tenantId = value;
            return this;
        }

        /**
         * Sets the display name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder tenantName(@Nullable String value) {
            this.tenantName = value;
            return this;
        }

        /**
         * Sets the FQDN presented to Microsoft.
         *
         * @param value the FQDN
         * @return this builder
         */
        public Builder microsoftFqdn(@Nullable String value) {
            this.microsoftFqdn = value;
            return this;
        }

        /**
         * Sets the SBC's local IP address.
         *
         * @param value an IPv4 or IPv6 literal
         * @return this builder
         */
        public Builder localIp(@Nullable String value) {
            this.localIp = value;
            return this;
        }

        /**
         * Sets the tenant DID.
         *
         * @param value an E.164 number
         * @return this builder
         */
        public Builder did(@Nullable String value) {
            this.did = value;
            return this;
        }

        /**
         * Sets the PBX id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder pbxId(@Nullable String value) {
            this.pbxId = value;
            return this;
        }

        /**
         * Sets the service port id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder spId(@Nullable String value) {
            this.spId = value;
            return this;
        }

        /**
         * Builds the tenant row.
         *
         * @return the row
         */
        public SbcTenant build() {
            return new SbcTenant(tenantId, tenantName, microsoftFqdn, localIp, did, pbxId, spId);
        }
    }
}
