package io.teamsdr.provisioning;

/**
 * The customer's tenant row on the SBC: the Microsoft Teams tenant connected through Direct Routing.
 * Values are checked when the desired state is built (ids, an FQDN, an IP literal, an E.164 DID).
 * The SBC refuses to change {@code pbxId} and {@code spId} after the tenant was created; a plan
 * reports such a difference as a conflict instead of planning it.
 *
 * @param tenantId the tenant id on the SBC, e.g. {@code 1004}
 * @param tenantName the display name
 * @param microsoftFqdn the FQDN the SBC presents to Microsoft
 * @param localIp the SBC's local IPv4 or IPv6 address for this tenant
 * @param did the tenant DID in E.164 form
 * @param pbxId the PBX the tenant uses; must exist on the SBC
 * @param spId the service port the tenant uses; must exist on the SBC
 */
public record SbcTenant(String tenantId, String tenantName, String microsoftFqdn, String localIp, String did,
                        String pbxId, String spId) {

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link SbcTenant}. */
    public static final class Builder {
        private String tenantId;
        private String tenantName;
        private String microsoftFqdn;
        private String localIp;
        private String did;
        private String pbxId;
        private String spId;

        private Builder() {
        }

        /**
         * Sets the tenant id.
         *
         * @param value the id, e.g. {@code 1004}
         * @return this builder
         */
        public Builder tenantId(String value) {
            this.tenantId = value;
            return this;
        }

        /**
         * Sets the display name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder tenantName(String value) {
            this.tenantName = value;
            return this;
        }

        /**
         * Sets the FQDN presented to Microsoft.
         *
         * @param value the FQDN
         * @return this builder
         */
        public Builder microsoftFqdn(String value) {
            this.microsoftFqdn = value;
            return this;
        }

        /**
         * Sets the SBC's local address for the tenant.
         *
         * @param value an IPv4 or IPv6 literal
         * @return this builder
         */
        public Builder localIp(String value) {
            this.localIp = value;
            return this;
        }

        /**
         * Sets the tenant DID.
         *
         * @param value an E.164 number
         * @return this builder
         */
        public Builder did(String value) {
            this.did = value;
            return this;
        }

        /**
         * Sets the PBX id.
         *
         * @param value the id of a PBX that exists on the SBC
         * @return this builder
         */
        public Builder pbxId(String value) {
            this.pbxId = value;
            return this;
        }

        /**
         * Sets the service port id.
         *
         * @param value the id of a service port that exists on the SBC
         * @return this builder
         */
        public Builder spId(String value) {
            this.spId = value;
            return this;
        }

        /**
         * Builds the tenant row; it is checked with the rest of the desired state.
         *
         * @return the tenant row
         */
        public SbcTenant build() {
            return new SbcTenant(tenantId, tenantName, microsoftFqdn, localIp, did, pbxId, spId);
        }
    }
}
