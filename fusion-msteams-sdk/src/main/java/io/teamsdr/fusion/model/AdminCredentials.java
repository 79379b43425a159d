package io.teamsdr.fusion.model;

import io.teamsdr.core.internal.Validator;

/**
 * The user name and password of the MS Teams administrator Fusion should use for a subscription.
 * The password is a secret: {@link #toString()} prints {@code ***} in its place, validation errors
 * never quote it, and the SDK's logs and exceptions mask the {@code msPassword} field.
 *
 * @param msUsername the administrator's Microsoft user principal name, e.g.
 *     {@code john.doe@contoso.onmicrosoft.com}
 * @param msPassword the administrator's password
 */
public record AdminCredentials(String msUsername, String msPassword) {

    /**
     * Validates the credentials before anything is sent.
     *
     * @throws io.teamsdr.core.ValidationException when the user name is missing or not a user
     *     principal name, or the password is missing or blank (shown as {@code ***})
     */
    public AdminCredentials {
        new Validator()
                .required("msUsername", msUsername)
                .upn("msUsername", msUsername)
                .check(msPassword != null && !msPassword.isBlank(), "msPassword",
                        msPassword == null ? null : "***", "required")
                .throwIfInvalid();
    }

    /**
     * Creates the credentials.
     *
     * @param msUsername the administrator's Microsoft user principal name
     * @param msPassword the administrator's password
     * @return the credentials
     * @throws io.teamsdr.core.ValidationException as the constructor
     */
    public static AdminCredentials of(String msUsername, String msPassword) {
        return new AdminCredentials(msUsername, msPassword);
    }

    @Override
    public String toString() {
        return "AdminCredentials[msUsername=" + msUsername + ", msPassword=***]";
    }
}
