package io.teamsdr.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code teamsdr.fusion.*} properties of the auto-configured {@link io.teamsdr.fusion.FusionClient}.
 * Credentials: a machine-to-machine {@code token}, or {@code username} and {@code password} (logged in and
 * refreshed by the client), or a {@link io.teamsdr.fusion.FusionCredentials} bean of your own; never two
 * of them. Secrets are masked in the actuator's env and configprops output.
 */
@ConfigurationProperties(prefix = "teamsdr.fusion")
public class FusionProperties extends ClientProperties {

    /**
     * Machine-to-machine token sent as a bearer token. A secret: never logged, masked by the actuator.
     */
    private String token;

    /**
     * Fusion user name to log in with (with password).
     */
    private String username;

    /**
     * Password of the Fusion user. A secret: never logged, masked by the actuator.
     */
    private String password;

    private final SubscriptionProperties subscription = new SubscriptionProperties();

    /** Creates the properties with the SDK's defaults. */
    public FusionProperties() {
    }

    /**
     * Returns the machine-to-machine token.
     *
     * @return the token, {@code null} when not set
     */
    public String getToken() {
        return token;
    }

    /**
     * Sets the machine-to-machine token.
     *
     * @param token the token
     */
    public void setToken(String token) {
        this.token = token;
    }

    /**
     * Returns the user name to log in with.
     *
     * @return the user name, {@code null} when not set
     */
    public String getUsername() {
        return username;
    }

    /**
     * Sets the user name to log in with.
     *
     * @param username the user name
     */
    public void setUsername(String username) {
        this.username = username;
    }

    /**
     * Returns the password to log in with.
     *
     * @return the password, {@code null} when not set
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets the password to log in with.
     *
     * @param password the password
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Returns the subscription the health indicator reads.
     *
     * @return the subscription settings
     */
    public SubscriptionProperties getSubscription() {
        return subscription;
    }

    /** The DraaS subscription the application works on; the health indicator reads its tenant status. */
    public static class SubscriptionProperties {

        /**
         * DraaS instance name the operator gave, e.g. draas_v1.
         */
        private String draasInstance;

        /**
         * UUID of the tenant managing the subscription.
         */
        private String tenantUuid;

        /**
         * Index of the subscription.
         */
        private Long subscriptionId;

        /** Creates empty settings. */
        public SubscriptionProperties() {
        }

        /**
         * Returns the DraaS instance name.
         *
         * @return the name
         */
        public String getDraasInstance() {
            return draasInstance;
        }

        /**
         * Sets the DraaS instance name.
         *
         * @param draasInstance the name
         */
        public void setDraasInstance(String draasInstance) {
            this.draasInstance = draasInstance;
        }

        /**
         * Returns the tenant UUID.
         *
         * @return the UUID
         */
        public String getTenantUuid() {
            return tenantUuid;
        }

        /**
         * Sets the tenant UUID.
         *
         * @param tenantUuid the UUID
         */
        public void setTenantUuid(String tenantUuid) {
            this.tenantUuid = tenantUuid;
        }

        /**
         * Returns the subscription index.
         *
         * @return the index
         */
        public Long getSubscriptionId() {
            return subscriptionId;
        }

        /**
         * Sets the subscription index.
         *
         * @param subscriptionId the index
         */
        public void setSubscriptionId(Long subscriptionId) {
            this.subscriptionId = subscriptionId;
        }
    }
}
