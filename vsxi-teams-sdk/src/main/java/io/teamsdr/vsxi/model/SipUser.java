package io.teamsdr.vsxi.model;

import org.jspecify.annotations.Nullable;

/**
 * One SIP user row of a user upload ({@code POST /teams/draft/update/users} or
 * {@code /teams/draft/replace/users}): a SIP user of an SBC tenant.
 *
 * <p>{@code sipPassword} is a secret: {@link #toString()} prints {@code ***} for it, and the SDK
 * never logs it or puts it in an exception (a violation on it shows {@code ***} as the value).
 * The server never returns it; reads give {@link ProvisionedSipUser}.
 *
 * <p>A row holds what the caller gave, {@code null} included: the upload checks every row before
 * anything is sent (required values, unique SIP users and DIDs, E.164 DIDs) and reports every
 * problem with its line and column.
 *
 * @param tenantId the id of the SBC tenant the user belongs to; the tenant must exist (or be in the draft)
 * @param sipUser the SIP user name, e.g. {@code 2000_T}; unique on the SBC
 * @param sipPassword the SIP password (secret)
 * @param did the user's DID in E.164 form, e.g. {@code +15551001000}
 */
public record SipUser(@Nullable String tenantId, @Nullable String sipUser, @Nullable String sipPassword,
                      @Nullable String did) {

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this user's values, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().tenantId(tenantId).sipUser(sipUser).sipPassword(sipPassword).did(did);
    }

    @Override
    public String toString() {
        return "SipUser[tenantId=" + tenantId + ", sipUser=" + sipUser + ", sipPassword="
                + (sipPassword == null ? "null" : "***") + ", did=" + did + "]";
    }

    /** Builds a {@link SipUser}. */
    public static final class Builder {
        private @Nullable String tenantId;
        private @Nullable String sipUser;
        private @Nullable String sipPassword;
        private @Nullable String did;

        private Builder() {
        }

        /**
         * Sets the SBC tenant id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder tenantId(@Nullable String value) {
            this.tenantId = value;
            return this;
        }

        /**
         * Sets the SIP user name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder sipUser(@Nullable String value) {
            this.sipUser = value;
            return this;
        }

        /**
         * Sets the SIP password.
         *
         * @param value the password (secret)
         * @return this builder
         */
        public Builder sipPassword(@Nullable String value) {
            this.sipPassword = value;
            return this;
        }

        /**
         * Sets the user DID.
         *
         * @param value an E.164 number
         * @return this builder
         */
        public Builder did(@Nullable String value) {
            this.did = value;
            return this;
        }

        /**
         * Builds the user row.
         *
         * @return the row
         */
        public SipUser build() {
            return new SipUser(tenantId, sipUser, sipPassword, did);
        }

        @Override
        public String toString() {
            return "SipUser.Builder[tenantId=" + tenantId + ", sipUser=" + sipUser + ", sipPassword=***, did=" + did + "]";
        }
    }
}
