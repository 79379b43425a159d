package io.teamsdr.fusion.model;

/**
 * What an MS Teams user update did to the user's voice service, told apart by the HTTP status:
 * 200 when the user is (now) enabled for voice, 204 when the update disabled it.
 */
public enum UserUpdateResult {
    /** HTTP 200: the user is enabled for direct routing voice services. */
    ENABLED,
    /** HTTP 204: the user was disabled for voice services (e.g. its phone number was freed). */
    DISABLED;

    /**
     * Maps the HTTP status of the update.
     *
     * @param status the status of an accepted update
     * @return {@link #DISABLED} for 204, {@link #ENABLED} otherwise
     */
    public static UserUpdateResult fromStatus(int status) {
        return status == 204 ? DISABLED : ENABLED;
    }
}
