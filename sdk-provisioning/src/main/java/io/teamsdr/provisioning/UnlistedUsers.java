package io.teamsdr.provisioning;

import java.util.Locale;

/**
 * What a plan does with the voice users that Fusion and the SBC hold but the desired state does not
 * list.
 */
public enum UnlistedUsers {
    /** Leave them alone on both platforms: the desired state manages only the users it lists. */
    KEEP("keep"),
    /**
     * Release their numbers on Fusion (which disables voice for them) and delete the SIP users of the
     * SBC tenant that the desired state does not list: the desired state is the complete list.
     */
    RELEASE_NUMBERS("release-numbers");

    private final String value;

    UnlistedUsers(String value) {
        this.value = value;
    }

    /**
     * Returns the value as desired-state files spell it.
     *
     * @return {@code keep} or {@code release-numbers}
     */
    public String value() {
        return value;
    }

    /**
     * Reads the value of a desired-state file.
     *
     * @param text {@code keep} or {@code release-numbers} (any case)
     * @return the policy
     * @throws IllegalArgumentException for any other text
     */
    public static UnlistedUsers of(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (UnlistedUsers policy : values()) {
            if (policy.value.equals(wanted)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of keep, release-numbers");
    }
}
