package io.teamsdr.provisioning;

import java.util.Objects;

/**
 * Something the desired state asks for that the plan cannot do, and therefore left out: a user that
 * is not in the MS Teams tenant, a number held by someone the state keeps, a license that does not
 * exist, a {@code pbxId} the SBC cannot change. The text says what to do about it.
 *
 * @param platform where the change would have been made
 * @param subject what it is about, e.g. {@code user emma.peeters@contoso.onmicrosoft.com}
 * @param reason why it cannot be done, and what to do
 */
public record Conflict(Platform platform, String subject, String reason) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public Conflict {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return subject + ": " + reason;
    }
}
