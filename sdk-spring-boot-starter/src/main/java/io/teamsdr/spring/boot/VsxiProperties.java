package io.teamsdr.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code teamsdr.vsxi.*} properties of the auto-configured {@link io.teamsdr.vsxi.VsxiTeamsClient}:
 * HTTP Basic credentials ({@code username}, {@code password}) or a
 * {@link VsxiTeamsClientBuilderCustomizer} that sets them, and the SBC's trust material
 * ({@code trust-pem} or {@code ssl-bundle}). The password is masked in the actuator's env and
 * configprops output.
 */
@ConfigurationProperties(prefix = "teamsdr.vsxi")
public class VsxiProperties extends ClientProperties {

    /**
     * API user of the SBC (HTTP Basic).
     */
    private String username;

    /**
     * Password of the API user. A secret: never logged, masked by the actuator.
     */
    private String password;

    /**
     * PEM file with the SBC's certificate or its CA (e.g. file:/etc/sbc/ca.pem or classpath:sbc-ca.pem),
     * trusted instead of the JDK's default CAs. Certificate checks are never switched off.
     */
    private Resource trustPem;

    /** Creates the properties with the SDK's defaults. */
    public VsxiProperties() {
    }

    /**
     * Returns the API user.
     *
     * @return the user, {@code null} when not set
     */
    public String getUsername() {
        return username;
    }

    /**
     * Sets the API user.
     *
     * @param username the user
     */
    public void setUsername(String username) {
        this.username = username;
    }

    /**
     * Returns the API user's password.
     *
     * @return the password, {@code null} when not set
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets the API user's password.
     *
     * @param password the password
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Returns the PEM trust material.
     *
     * @return the PEM resource, {@code null} when not set
     */
    public Resource getTrustPem() {
        return trustPem;
    }

    /**
     * Sets the PEM trust material.
     *
     * @param trustPem the PEM resource
     */
    public void setTrustPem(Resource trustPem) {
        this.trustPem = trustPem;
    }
}
